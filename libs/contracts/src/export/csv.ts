/**
 * CSV files as Belgian Excel opens them with a double click: UTF-8 with a byte order mark, `;` between cells (the
 * list separator of the fr-BE and nl-BE settings), CRLF, every cell quoted, date-times as `2026-12-01 10:00:00`
 * (which Excel reads as a date in every locale, where ISO `…T…Z` stays text), and a guard against formulas. Plain
 * TypeScript without decorators: the web client imports it (`@chaman/contracts/csv`) and so can any service.
 */

/** A spreadsheet opens accents correctly only when UTF-8 text starts with a byte order mark. */
export const BOM = '\uFEFF';

export interface CsvOptions {
  /** `;` (default, Belgian Excel) or `,` (English-language settings, most other tools). */
  separator?: ';' | ',';
}

/** Belgian time, whatever the machine's zone: the file says what the screen said. */
export const CSV_TIME_ZONE = 'Europe/Brussels';

// `sv-SE` writes `2026-12-01 10:00:00`, the one shape Excel reads as a date-time whatever its language.
const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: CSV_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant (ISO text or Date) as Excel reads a date-time, in Belgian time; empty when absent or not a date. */
export function csvDateTime(instant: string | Date | undefined | null): string {
  if (instant === undefined || instant === null || instant === '') return '';
  const date = instant instanceof Date ? instant : new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : dateTime.format(date);
}

/** Text that a spreadsheet would run as a formula (or use to hide one) starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value instanceof Date) return `"${csvDateTime(value)}"`;
  const text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  // Numbers are the API's own (counts): a negative one is not a formula. Text gets an apostrophe, which Excel hides.
  const safe = typeof value !== 'number' && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The file: a header row and the rows' cells (text, numbers, lists joined by spaces, Dates as date-times). */
export function toCsv(header: string[], rows: unknown[][], { separator = ';' }: CsvOptions = {}): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}
