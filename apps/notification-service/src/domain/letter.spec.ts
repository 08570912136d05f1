import { dayIn, LANGUAGES } from './letter';

describe('dayIn', () => {
  it('reads a day in Belgian time, in each language', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    const days = LANGUAGES.map((language) => dayIn(language, '2026-12-31T23:30:00Z'));
    expect(days).toEqual(['1 janvier 2027', '1 januari 2027', '1. Januar 2027', '1 January 2027']);
  });
});
