import type { SolutionKind } from '../../../shared/domain';

/** Word lists for realistic demo data. Fictional companies and people only. */

export type Place = { city: string; region: string; postalCode: string };
export type CountryInfo = { code: string; currency: string; legalForm: string; phonePrefix: string; places: Place[] };

export const countries: CountryInfo[] = [
  { code: 'US', currency: 'USD', legalForm: 'Inc.', phonePrefix: '+1', places: [
    { city: 'New York', region: 'NY', postalCode: '10001' }, { city: 'Seattle', region: 'WA', postalCode: '98101' },
    { city: 'Chicago', region: 'IL', postalCode: '60601' }, { city: 'Austin', region: 'TX', postalCode: '73301' },
    { city: 'Atlanta', region: 'GA', postalCode: '30303' }] },
  { code: 'CA', currency: 'CAD', legalForm: 'Inc.', phonePrefix: '+1', places: [
    { city: 'Toronto', region: 'ON', postalCode: 'M5H 2N2' }, { city: 'Vancouver', region: 'BC', postalCode: 'V6B 1A1' },
    { city: 'Montréal', region: 'QC', postalCode: 'H2Y 1C6' }] },
  { code: 'GB', currency: 'GBP', legalForm: 'Ltd', phonePrefix: '+44', places: [
    { city: 'London', region: 'England', postalCode: 'EC1A 1BB' }, { city: 'Manchester', region: 'England', postalCode: 'M1 1AE' },
    { city: 'Edinburgh', region: 'Scotland', postalCode: 'EH1 1YZ' }] },
  { code: 'IE', currency: 'EUR', legalForm: 'DAC', phonePrefix: '+353', places: [
    { city: 'Dublin', region: 'Leinster', postalCode: 'D02 X285' }, { city: 'Cork', region: 'Munster', postalCode: 'T12 X70A' }] },
  { code: 'DE', currency: 'EUR', legalForm: 'GmbH', phonePrefix: '+49', places: [
    { city: 'Berlin', region: 'Berlin', postalCode: '10115' }, { city: 'München', region: 'Bayern', postalCode: '80331' },
    { city: 'Hamburg', region: 'Hamburg', postalCode: '20095' }, { city: 'Frankfurt am Main', region: 'Hessen', postalCode: '60311' }] },
  { code: 'FR', currency: 'EUR', legalForm: 'SA', phonePrefix: '+33', places: [
    { city: 'Paris', region: 'Île-de-France', postalCode: '75001' }, { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', postalCode: '69001' },
    { city: 'Toulouse', region: 'Occitanie', postalCode: '31000' }] },
  { code: 'NL', currency: 'EUR', legalForm: 'B.V.', phonePrefix: '+31', places: [
    { city: 'Amsterdam', region: 'Noord-Holland', postalCode: '1012 JS' }, { city: 'Rotterdam', region: 'Zuid-Holland', postalCode: '3011 AD' },
    { city: 'Utrecht', region: 'Utrecht', postalCode: '3511 AA' }] },
  { code: 'ES', currency: 'EUR', legalForm: 'S.L.', phonePrefix: '+34', places: [
    { city: 'Madrid', region: 'Comunidad de Madrid', postalCode: '28013' }, { city: 'Barcelona', region: 'Cataluña', postalCode: '08002' }] },
  { code: 'CH', currency: 'CHF', legalForm: 'AG', phonePrefix: '+41', places: [
    { city: 'Zürich', region: 'ZH', postalCode: '8001' }, { city: 'Genève', region: 'GE', postalCode: '1201' },
    { city: 'Basel', region: 'BS', postalCode: '4051' }] },
  { code: 'JP', currency: 'JPY', legalForm: 'K.K.', phonePrefix: '+81', places: [
    { city: 'Tokyo', region: 'Tokyo', postalCode: '100-0005' }, { city: 'Osaka', region: 'Osaka', postalCode: '530-0001' },
    { city: 'Nagoya', region: 'Aichi', postalCode: '450-0002' }] },
  { code: 'AU', currency: 'AUD', legalForm: 'Pty Ltd', phonePrefix: '+61', places: [
    { city: 'Sydney', region: 'NSW', postalCode: '2000' }, { city: 'Melbourne', region: 'VIC', postalCode: '3000' },
    { city: 'Brisbane', region: 'QLD', postalCode: '4000' }] },
  { code: 'IN', currency: 'INR', legalForm: 'Pvt Ltd', phonePrefix: '+91', places: [
    { city: 'Bengaluru', region: 'Karnataka', postalCode: '560001' }, { city: 'Mumbai', region: 'Maharashtra', postalCode: '400001' },
    { city: 'Hyderabad', region: 'Telangana', postalCode: '500001' }] },
  { code: 'BR', currency: 'BRL', legalForm: 'Ltda', phonePrefix: '+55', places: [
    { city: 'São Paulo', region: 'SP', postalCode: '01000-000' }, { city: 'Rio de Janeiro', region: 'RJ', postalCode: '20000-000' }] },
];

/** Rough units per US dollar, so a deal in JPY or INR has a believable size. */
export const unitsPerUsd: Record<string, number> = { USD: 1, EUR: 0.92, GBP: 0.79, JPY: 150, AUD: 1.5, CAD: 1.36, INR: 83, BRL: 5, CHF: 0.88 };

export const companyStems = [
  'Contoso', 'Fabrikam', 'Northwind', 'Adventure Works', 'Tailspin', 'Woodgrove', 'Litware', 'Proseware',
  'Wide World Importers', 'Alpine Ski House', 'Coho Winery', 'Fourth Coffee', 'Lamna Healthcare', "Margie's Travel",
  'Trey Research', 'Wingtip Toys', 'Blue Yonder Airlines', 'Humongous Insurance', 'Lucerne Publishing', 'VanArsdel',
  'Relecloud', 'A. Datum', 'Consolidated Messenger', 'Nod Publishers', 'Southridge Video', 'City Power & Light',
  "Munson's Pickles", 'Graphic Design Institute', 'Bellows College', 'Liberty Delightful Sinful Bakery', 'Baldwin Museum',
  'First Up Consultants', 'Fincher Architects', 'Boulder Innovations', 'Alpine Dairy', 'Kestrel Mobility', 'Harbor Freightlines',
  'Meridian Clinics', 'Silverline Energy', 'Oakridge Logistics',
];
export const companySectors = ['', '', '', ' Bank', ' Logistics', ' Health', ' Retail', ' Energy', ' Manufacturing', ' Foods', ' Insurance', ' Group', ' Holdings'];
export const streets = ['Main Street', 'Market Street', 'Harbour Road', 'Station Road', 'King Street', 'Park Avenue', 'Industriestraße', 'Rue de la Paix', 'Keizersgracht', 'Bahnhofstrasse', 'Avenida Paulista', 'MG Road'];

export const firstNames = ['Alex', 'Priya', 'Jordan', 'Mei', 'Lukas', 'Sofia', 'Kenji', 'Amara', 'Diego', 'Hannah', 'Omar', 'Chloé', 'Ravi', 'Emma', 'Mateo', 'Yuki', 'Noah', 'Aisha', 'Jonas', 'Isabel', 'Liam', 'Ana', 'Felix', 'Zoe'];
export const lastNames = ['Kim', 'Sharma', 'Müller', 'Dubois', 'Tanaka', 'Okafor', 'García', 'Smith', 'Nguyen', 'Rossi', 'Silva', 'Jensen', 'Brown', "O'Neill", 'Costa', 'Patel', 'Schmidt', 'Suzuki', 'Martin', 'López', 'Wilson', 'Haddad', 'Novak', 'Clarke'];

/** Our company: the partner using the app. */
export const ourCompany = { name: 'Lakeshore Cloud Partners', emailDomain: 'lakeshore-partners.example' };

export const partnerSenders = ['Northwind Traders (partner)', 'Tailspin Integrators (partner)', 'Woodgrove Systems (partner)', 'Litware Digital (partner)'];

export const dealTemplates = [
  'Azure migration for {short}', 'Copilot rollout – {dept}', 'Copilot rollout for {short}', 'Microsoft 365 E5 upgrade ({n} seats)',
  'Data platform modernization on Fabric', 'SAP on Azure – {short}', 'Sentinel SOC onboarding', 'Azure Virtual Desktop for {n} users',
  'Dynamics 365 Sales pilot – {dept}', 'Contact center on Dynamics 365', 'AI document processing with Azure OpenAI',
  'Landing zone and governance for {short}', 'Datacenter exit – phase {p}', 'Teams Phone migration ({city})',
  'Zero Trust identity program', 'GitHub Copilot for {n} developers', 'Intune device management refresh',
  'Azure Arc hybrid management', 'Backup and disaster recovery on Azure', 'Power Platform center of excellence',
];
export const departments = ['Finance', 'HR', 'Sales', 'Customer Service', 'Engineering', 'Legal', 'Operations', 'Marketing', 'IT', 'Supply Chain'];

export const noteSentences = [
  'Customer wants a proof of concept before the end of the quarter.',
  'CIO sponsor confirmed; procurement involved from week 2.',
  'Competing offer from another vendor — price sensitive.',
  'Needs data residency in-country; check region availability.',
  'Existing EA renewal coming up, bundle with the renewal.',
  'Security review required (ISO 27001, SOC 2 reports requested).',
  'Workshop held on-site; follow-up demo scheduled.',
  'Budget approved for phase 1 only.',
  'Champion is the head of IT operations; CFO sign-off pending.',
  'Legacy VMware estate of ~400 VMs; migration waves planned.',
  'Pilot with 50 users first, then company-wide rollout.',
  'Asked for references in the same industry.',
];

export const campaigns = ['FY26-AI-Transformation', 'FY26-Q1-Security-Summit', 'Azure-Migrate-Modernize', 'Copilot-Jumpstart', 'SMB-Growth-Accelerator', 'Data-and-AI-Roadshow'];

export type CatalogEntry = { name: string; publisher: string; kind: SolutionKind; registrationEligible: boolean };
export const catalog: CatalogEntry[] = [
  ...['Landing Zone for Azure', 'Copilot Readiness Assessment', 'SAP on Azure Accelerator', 'Managed Sentinel SOC', 'Data Estate Modernization', 'Teams Phone Rollout', 'AVD Quickstart', 'FinOps Optimization Service']
    .map((n, i) => ({ name: `Lakeshore ${n}`, publisher: ourCompany.name, kind: 'own' as const, registrationEligible: i % 4 !== 3 })),
  ...['Microsoft 365 E5', 'Microsoft 365 Copilot', 'Azure OpenAI Service', 'Microsoft Fabric', 'Microsoft Sentinel', 'Azure Virtual Desktop', 'Dynamics 365 Sales', 'Dynamics 365 Customer Service', 'Azure Arc', 'GitHub Copilot Enterprise', 'Microsoft Intune Suite', 'Azure SQL Managed Instance']
    .map((n) => ({ name: n, publisher: 'Microsoft', kind: 'microsoft' as const, registrationEligible: false })),
  ...[['Northwind Backup for Azure', 'Northwind Software'], ['Tailspin Observability', 'Tailspin Toys Tech'], ['Woodgrove Identity Bridge', 'Woodgrove Systems'], ['Litware Contract AI', 'Litware Digital'], ['Relecloud Edge Gateway', 'Relecloud'], ['Adatum Data Masking', 'A. Datum']]
    .map(([n, p], i) => ({ name: n as string, publisher: p as string, kind: 'thirdParty' as const, registrationEligible: i % 2 === 0 })),
];
