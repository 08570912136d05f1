// The product's one CSV (also the API's audit export); imported by path so that the bundle takes no validators.
export { BOM, toCsv } from '../../../../libs/contracts/src/export/csv';

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
