/**
 * Latin-script words a Russian screen may show: brand and product names, file formats, acronyms and the
 * language's own name in the language menu. The key-parity test and the Russian e2e walk both check
 * against this list; data values (deal and customer names, e-mails, IDs, addresses) are checked apart.
 */
export const allowedLatinWords: readonly string[] = [
  'Co-sell',
  'Workspace',
  'Microsoft',
  'Partner',
  'Center',
  'Dynamics',
  '365',
  'Azure',
  'Entra',
  'Marketplace',
  'D-U-N-S',
  'CSV',
  'JSON',
  'CRM',
  'UTC',
  'ID',
  'ISO',
  'UTC',
  'USD',
  'EUR',
  'US',
  'DE',
  'MPN',
  'English',
  'Esc',
  'Enter',
  'Ctrl',
  'Shift',
  'Alt',
  'Tab',
  'http',
  'https',
  'localhost',
];

/** The Latin words in a text that are not on the list (words of two or more letters, hyphens kept). */
export function unexpectedLatinWords(text: string, extra: readonly string[] = []): string[] {
  const allowed = new Set([...allowedLatinWords, ...extra].map((w) => w.toLowerCase()));
  // Web addresses and email addresses are data in any language (the service address example, a sender's email).
  const prose = text.replace(/\bhttps?:\/\/\S+/g, ' ').replace(/\S+@\S+/g, ' ');
  const words = prose.match(/[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]/g) ?? [];
  return words.filter((w) => !allowed.has(w.toLowerCase()) && !w.split('-').every((part) => allowed.has(part.toLowerCase())));
}
