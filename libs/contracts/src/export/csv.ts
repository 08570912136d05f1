/** A spreadsheet opens accents correctly only when UTF-8 text starts with a byte order mark. */
export const BOM = '\uFEFF';

/** The separator spreadsheets in Belgian locales (fr, nl, de) split on when a file is opened. */
export const CSV_SEPARATOR = ';';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  // Quoting every cell keeps separators and line breaks inside it; a leading formula character is neutralised.
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The one CSV of the product (the web's exports and the API's `audit.csv`): RFC 4180 quoting and CRLF, `;` between
 * cells, a BOM first. Plain TypeScript with no imports, so the browser bundle takes it without the contracts' validators.
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}
