import { enterpriseNumberFault, normalizeEnterpriseNumber } from './enterprise-number';

describe('enterprise number (CBE/KBO mod-97 rule)', () => {
  it.each(['0123456749', '0123.456.749', 'BE0123456749', 'be 0123.456.749', '0403170701'])('accepts %s', (input) => {
    expect(enterpriseNumberFault(input)).toBeNull();
  });

  it('normalizes every accepted form to the 10 bare digits', () => {
    expect(normalizeEnterpriseNumber('BE0123.456.749')).toBe('0123456749');
    expect(normalizeEnterpriseNumber('0123.456.749')).toBe('0123456749');
  });

  it.each([
    ['0123456748', 'wrongChecksum'],
    ['0123456750', 'wrongChecksum'],
    ['012345674', 'wrongLength'],
    ['01234567490', 'wrongLength'],
    ['', 'notDigits'],
    ['01234A6749', 'notDigits'],
    ['NL0123456749', 'notDigits'],
    ['2123456749', 'wrongFirstDigit'],
  ])('refuses %s (%s)', (input, fault) => {
    expect(enterpriseNumberFault(input)).toBe(fault);
  });
});
