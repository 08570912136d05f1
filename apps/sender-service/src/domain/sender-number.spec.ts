import { FIRST_SENDER_NUMBER, isSenderNumber, LAST_SENDER_NUMBER, senderNumberFromSequence, SenderNumbersExhausted } from './sender-number';

describe('sender numbers', () => {
  it('are the sequence value as six digits, from 100000 to 999999', () => {
    expect(senderNumberFromSequence(FIRST_SENDER_NUMBER)).toBe('100000');
    expect(senderNumberFromSequence('123456')).toBe('123456');
    expect(senderNumberFromSequence(BigInt(LAST_SENDER_NUMBER))).toBe('999999');
  });

  it('refuses a sequence past the six-digit range as exhausted, and anything below it or not whole', () => {
    expect(() => senderNumberFromSequence(1_000_000)).toThrow(SenderNumbersExhausted);
    expect(() => senderNumberFromSequence(99_999)).toThrow(/not a sender-number/);
    expect(() => senderNumberFromSequence('12a')).toThrow(/not a sender-number/);
    expect(() => senderNumberFromSequence(100_000.5)).toThrow(/not a sender-number/);
  });

  it('recognises exactly six digits not starting with 0', () => {
    expect(isSenderNumber('100000')).toBe(true);
    expect(isSenderNumber('999999')).toBe(true);
    expect(isSenderNumber('012345')).toBe(false);
    expect(isSenderNumber('12345')).toBe(false);
    expect(isSenderNumber('1234567')).toBe(false);
    expect(isSenderNumber('12345a')).toBe(false);
  });
});
