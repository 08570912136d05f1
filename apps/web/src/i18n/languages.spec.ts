import { initialLanguage } from './languages';

describe('the first language', () => {
  it('is the kept choice when there is one', () => expect(initialLanguage('de', ['nl-BE'])).toBe('de'));
  it("follows the browser's first preferred language among the four", () =>
    expect(initialLanguage(null, ['es-ES', 'nl-BE', 'fr'])).toBe('nl'));
  it('is French when the browser prefers none of them', () => expect(initialLanguage(null, ['es', 'it'])).toBe('fr'));
  it('ignores a kept value that is not one of the four', () => expect(initialLanguage('xx', ['en-GB'])).toBe('en'));
});
