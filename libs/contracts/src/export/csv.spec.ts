import { BOM, csvDateTime, toCsv } from './csv';

describe('CSV that opens in Belgian Excel', () => {
  it('starts with a byte order mark and separates cells with ; (or , when asked)', () => {
    expect(toCsv(['Nom', 'Ville'], [['CPAS', 'Liège']])).toBe(`${BOM}"Nom";"Ville"\r\n"CPAS";"Liège"\r\n`);
    expect(toCsv(['a', 'b'], [['1', '2']], { separator: ',' })).toBe(`${BOM}"a","b"\r\n"1","2"\r\n`);
  });

  it('quotes separators, quotes and line breaks, joins lists and leaves empty cells empty', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [['x; "y"', 'line\nbreak', ['dmfa', 'dimona'], undefined]])).toBe(
      `${BOM}"a";"b";"c";"d"\r\n"x; ""y""";"line\nbreak";"dmfa dimona";""\r\n`,
    );
  });

  it.each(['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises %p, which a spreadsheet would run', (text) => {
    expect(toCsv(['x'], [[text]]).split('\r\n')[1]).toBe(`"'${text.replace(/"/g, '""')}"`);
  });

  it("leaves the API's numbers alone, negative ones included", () => {
    expect(toCsv(['n'], [[-3]]).split('\r\n')[1]).toBe('"-3"');
  });

  it('writes instants as Excel reads date-times, in Belgian time (summer and winter)', () => {
    expect(csvDateTime('2026-12-01T09:05:07.123Z')).toBe('2026-12-01 10:05:07');
    expect(csvDateTime('2026-07-01T22:30:00Z')).toBe('2026-07-02 00:30:00');
    expect(toCsv(['at'], [[new Date('2026-12-01T09:00:00Z')]]).split('\r\n')[1]).toBe('"2026-12-01 10:00:00"');
    expect(csvDateTime(undefined)).toBe('');
    expect(csvDateTime('not a date')).toBe('');
  });
});
