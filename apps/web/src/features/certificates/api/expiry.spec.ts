import { expiryOf } from './expiry';

const now = Date.parse('2026-12-01T12:00:00Z');
const inDays = (days: number) => new Date(now + days * 86_400_000).toISOString();

describe('certificate expiry', () => {
  it('warns within 30 days of the end', () => {
    expect(expiryOf(inDays(30), now)).toEqual({ state: 'soon', days: 30 });
    expect(expiryOf(inDays(1), now)).toEqual({ state: 'soon', days: 1 });
  });
  it('is quiet further away', () => expect(expiryOf(inDays(31), now)).toEqual({ state: 'valid', days: 31 }));
  it('says expired past the end', () => expect(expiryOf(inDays(-1), now)).toEqual({ state: 'expired' }));
});
