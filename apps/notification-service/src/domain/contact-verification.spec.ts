import {
  addressKey,
  hashVerificationToken,
  issueVerificationToken,
  outcomeOf,
  VERIFICATION_LINK_LIFETIME_MS,
} from './contact-verification';

describe('contact verification tokens', () => {
  const now = new Date('2026-12-07T10:00:00Z');

  it('issues 32 random bytes as 43 base64url characters, stores only their SHA-256, and expires 7 days on', () => {
    const issued = issueVerificationToken(now);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(issued.token, 'base64url')).toHaveLength(32);
    expect(issued.tokenHash).toBe(hashVerificationToken(issued.token));
    expect(issued.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.tokenHash).not.toContain(issued.token);
    expect(issued.expiresAt.getTime() - now.getTime()).toBe(VERIFICATION_LINK_LIFETIME_MS);
    expect(VERIFICATION_LINK_LIFETIME_MS).toBe(7 * 24 * 3_600_000);
    expect(issueVerificationToken(now).token).not.toBe(issued.token);
  });

  it('confirms once, before the expiry; refuses an unknown, an expired and a used token', () => {
    const expiresAt = new Date(now.getTime() + VERIFICATION_LINK_LIFETIME_MS);
    expect(outcomeOf({ expiresAt, verifiedAt: null }, now)).toBe('confirm');
    expect(outcomeOf({ expiresAt, verifiedAt: null }, new Date(expiresAt.getTime() - 1))).toBe('confirm');
    expect(outcomeOf({ expiresAt, verifiedAt: null }, expiresAt)).toBe('expired');
    expect(outcomeOf({ expiresAt, verifiedAt: now }, now)).toBe('used');
    // Used wins over expired: the address is confirmed, whatever the time.
    expect(outcomeOf({ expiresAt, verifiedAt: now }, new Date(expiresAt.getTime() + 1))).toBe('used');
    expect(outcomeOf(null, now)).toBe('unknown');
  });

  it('keys addresses without case or surrounding spaces', () => {
    expect(addressKey(' Lise.Noel@CPAS.example ')).toBe('lise.noel@cpas.example');
  });
});
