import { BOM, toCsv } from './csv';

describe('CSV export', () => {
  it('starts with a byte order mark so spreadsheets read UTF-8 accents', () => {
    const csv = toCsv(['Nom'], [['Liège']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}"Nom"\r\n"Liège"\r\n`);
  });

  it('quotes separators, quotes and line breaks, joins lists and leaves empty cells empty', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [['x, "y"', 'line\nbreak', ['dmfa', 'dimona'], undefined]])).toBe(`${BOM}"a","b","c","d"\r\n"x, ""y""","line\nbreak","dmfa dimona",""\r\n`);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['reason'], [['=HYPERLINK("x")']])).toContain(`"'=HYPERLINK(""x"")"`);
    expect(toCsv(['reason'], [['\t=1+1'], ['\r=1+1']])).toBe(`${BOM}"reason"\r\n"'\t=1+1"\r\n"'\r=1+1"\r\n`);
  });
});
