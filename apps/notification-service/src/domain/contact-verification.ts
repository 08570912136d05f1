import { createHash, randomBytes } from 'node:crypto';

/** How long a mailed verification link works; a manager of the sender may mail a new one at any time. */
export const VERIFICATION_LINK_LIFETIME_MS = 7 * 24 * 3_600_000;

/** A new link's token (shown once, in the mail) and what is stored of it: its hash, never the token itself. */
export interface IssuedToken {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

/** The SHA-256 of a token, hex: what the database keeps and looks a presented token up by. */
export function hashVerificationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 32 random bytes, base64url (43 characters): unguessable, so the link alone proves the mail was received. */
export function issueVerificationToken(now: Date, lifetimeMs = VERIFICATION_LINK_LIFETIME_MS): IssuedToken {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashVerificationToken(token), expiresAt: new Date(now.getTime() + lifetimeMs) };
}

/** What is known of a presented token: nothing, or its link's expiry and whether its address is already confirmed. */
export interface PresentedToken {
  expiresAt: Date;
  verifiedAt: Date | null;
}

export type TokenOutcome = 'confirm' | 'unknown' | 'expired' | 'used';

/**
 * A token confirms its address once, before it expires. A token that was used (its address confirmed by it) or
 * replaced by a newer link is no longer stored as current: the store answers `used` for the first, `unknown` for the second.
 */
export function outcomeOf(token: PresentedToken | null, now: Date): TokenOutcome {
  if (!token) return 'unknown';
  if (token.verifiedAt) return 'used';
  if (now.getTime() >= token.expiresAt.getTime()) return 'expired';
  return 'confirm';
}

/** Addresses are compared as mail systems do in practice: case-insensitively. */
export const addressKey = (email: string): string => email.trim().toLowerCase();
