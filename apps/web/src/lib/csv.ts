/** A spreadsheet opens accents correctly only when UTF-8 text starts with a byte order mark. */
export const BOM = '\uFEFF';

const cell = (value: unknown): string => {
  const text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  // Quoting every cell keeps separators and line breaks inside it; a leading = + - @ (or TAB, CR, which spreadsheets
  // skip before reading a formula) is neutralised against formula injection.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** RFC 4180 CSV (CRLF, every cell quoted) with a BOM, from a header row and the rows' cells. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers the text as a file download, built in the browser from the API's data. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
