import type { Contact, Customer, Solution } from '../../shared/domain';
import type { Rng } from './prng';

// Word lists for believable, seed-reproducible data. Several customers share a name and a city on
// purpose: the create-deal wizard must tell them apart by address and D-U-N-S number (SPEC F3).
const companyStems = [
  'Contoso',
  'Fabrikam',
  'Northwind',
  'Adventure Works',
  'Tailspin',
  'Wide World Importers',
  'Woodgrove',
  'Litware',
  'Proseware',
  'Lamna',
  'Trey Research',
  'Alpine Ski House',
  'Coho Winery',
  'Fourth Coffee',
  'Graphic Design Institute',
  'Humongous Insurance',
  'Lucerne Publishing',
  "Margie's Travel",
  'Relecloud',
  'VanArsdel',
  'Wingtip Toys',
  'Blue Yonder Airlines',
  'City Power & Light',
  'Consolidated Messenger',
];
const companySuffixes = ['Ltd', 'Inc', 'GmbH', 'Group', 'Holdings', 'LLC', 'SA', 'AG'];
const places: { country: string; city: string; region: string; postal: string }[] = [
  { country: 'US', city: 'Seattle', region: 'WA', postal: '98101' },
  { country: 'US', city: 'Redmond', region: 'WA', postal: '98052' },
  { country: 'US', city: 'Austin', region: 'TX', postal: '78701' },
  { country: 'US', city: 'New York', region: 'NY', postal: '10001' },
  { country: 'DE', city: 'Berlin', region: 'BE', postal: '10115' },
  { country: 'DE', city: 'Munich', region: 'BY', postal: '80331' },
  { country: 'GB', city: 'London', region: '', postal: 'EC1A 1BB' },
  { country: 'FR', city: 'Paris', region: 'IDF', postal: '75001' },
  { country: 'NL', city: 'Amsterdam', region: 'NH', postal: '1012' },
  { country: 'JP', city: 'Tokyo', region: '', postal: '100-0001' },
  { country: 'AU', city: 'Sydney', region: 'NSW', postal: '2000' },
  { country: 'CA', city: 'Toronto', region: 'ON', postal: 'M5H 2N2' },
];
const streets = ['Main St', 'Market St', 'Harbour Rd', 'Station Rd', 'King St', 'Park Ave', 'Hauptstrasse', 'Rue de Rivoli'];
const firstNames = [
  'Alice',
  'Bob',
  'Chen',
  'Dara',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Lars',
  'Maya',
  'Nikolai',
  'Olga',
  'Priya',
];
const lastNames = ['Ng', 'Ortiz', 'Schmidt', 'Tanaka', 'Okafor', 'Dubois', 'Novak', 'Ivanova', 'Kowalski', 'Silva', 'Haddad', 'Larsen'];

const ownSolutions = [
  'Data Estate Modernization',
  'SAP on Azure Accelerator',
  'Secure Landing Zone',
  'Copilot Readiness Assessment',
  'Contact Center AI',
  'Managed SOC',
];
const microsoftSolutions = [
  'Microsoft 365 Copilot',
  'Azure OpenAI Service',
  'Microsoft Fabric',
  'Dynamics 365 Sales',
  'Microsoft Sentinel',
  'Azure Virtual Desktop',
  'GitHub Copilot',
  'Microsoft Purview',
];
const thirdPartySolutions: [string, string][] = [
  ['Databricks Lakehouse on Azure', 'Databricks'],
  ['SAP RISE on Azure', 'SAP'],
  ['Citrix DaaS', 'Citrix'],
  ['Snowflake on Azure', 'Snowflake'],
  ['ServiceNow ITSM', 'ServiceNow'],
  ['Adobe Experience Cloud', 'Adobe'],
];

export type Catalog = { customers: Customer[]; solutions: Solution[]; partnerName: string };

export function buildCatalog(rng: Rng, customerCount = 400): Catalog {
  const partnerName = 'Contoso Partner Services';
  const solutions: Solution[] = [
    ...ownSolutions.map((name, i) => ({
      id: `sol-own-${i + 1}`,
      name: `Contoso ${name}`,
      publisher: partnerName,
      kind: 'own' as const,
      registrationEligible: i % 2 === 0,
    })),
    ...microsoftSolutions.map((name, i) => ({
      id: `sol-ms-${i + 1}`,
      name,
      publisher: 'Microsoft',
      kind: 'microsoft' as const,
      registrationEligible: false,
    })),
    ...thirdPartySolutions.map(([name, publisher], i) => ({
      id: `sol-3p-${i + 1}`,
      name,
      publisher,
      kind: 'thirdParty' as const,
      registrationEligible: i % 3 === 0,
    })),
  ];
  const customers: Customer[] = [];
  for (let i = 0; i < customerCount; i++) {
    // Every fifth customer repeats an earlier one's name and place: the "same name, same city" case.
    const twin = i % 5 === 4 ? customers[rng.int(0, customers.length - 1)] : undefined;
    const place = twin ? (places.find((p) => p.city === twin.address.city) ?? rng.pick(places)) : rng.pick(places);
    customers.push({
      id: `cust-${String(i + 1).padStart(5, '0')}`,
      name: twin ? twin.name : `${rng.pick(companyStems)} ${rng.pick(companySuffixes)}`,
      address: {
        addressLine1: `${rng.int(1, 999)} ${rng.pick(streets)}`,
        city: place.city,
        region: place.region,
        postalCode: place.postal,
        country: place.country,
      },
      duns: String(rng.int(100_000_000, 999_999_999)),
    });
  }
  return { customers, solutions, partnerName };
}

export function randomContact(rng: Rng, domain: string): Contact {
  const firstName = rng.pick(firstNames);
  const lastName = rng.pick(lastNames);
  return {
    firstName,
    lastName,
    phoneNumber: `+1 425 555 ${String(rng.int(0, 9999)).padStart(4, '0')}`,
    email: `${firstName}.${lastName}${rng.int(1, 99)}@${domain}`.toLowerCase(),
  };
}

export const emailDomainOf = (companyName: string) => `${companyName.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
