import type { Principal } from './principal';

/**
 * Tokens already verified, with the principal they carry, until their expiry: a person's next request skips
 * the signature check. Bounded, least recently used first out, so a flood of distinct tokens costs memory once.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly clock: () => number = Date.now,
  ) {}

  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    this.entries.delete(token);
    if (entry.expiresAt <= this.clock()) return undefined;
    this.entries.set(token, entry);
    return entry.principal;
  }

  /** `expiresAt` in ms since the epoch; a token without expiry is not remembered. */
  remember(token: string, principal: Principal, expiresAt: number | undefined): void {
    if (expiresAt === undefined || expiresAt <= this.clock()) return;
    this.entries.delete(token);
    this.entries.set(token, { principal, expiresAt });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
