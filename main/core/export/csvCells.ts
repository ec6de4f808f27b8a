import type { ExportRecord } from '../store/referralExport';
import { csvColumns, type CsvColumn, type CsvWords } from './csvWords';

/**
 * A cell a spreadsheet would run as a formula (text starting with =, +, -, @, or a tab or carriage return, which
 * some spreadsheets skip before one) gets a leading apostrophe: shown as text, never run (OWASP "CSV injection").
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** '2026-03-01T10:20:30.000Z' → '2026-03-01 10:20:30' (UTC; the header says so). */
const utcTime = (iso: string | null): string => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : '');

/** One file row for one deal, in csvColumns order, in the chosen language. */
export function csvCells(r: ExportRecord, w: CsvWords): string[] {
  const cells: Record<CsvColumn, string> = {
    name: r.name,
    customer: r.customer_name,
    country: r.customer_country,
    value: r.deal_value,
    currency: r.currency,
    closeDate: r.closing_date.slice(0, 10),
    dealType: w.dealTypes[r.deal_type],
    stage: w.stages[r.stage],
    status: w.statuses[r.substatus],
    expires: utcTime(r.expiration),
    crmId: r.crm_id,
    campaignId: r.campaign_id,
    notes: r.notes,
    favorite: r.favorite === 1 ? w.yes : '',
    created: utcTime(r.created),
    updated: utcTime(r.updated),
    id: r.id,
  };
  return csvColumns.map((c) => cells[c]);
}

export const csvHeaders = (w: CsvWords): string[] => csvColumns.map((c) => w.headers[c]);
