/** Why the copy of the rights may not answer: it may have missed a change, so the owner decides instead. */
export type StaleReason = 'replaying' | 'behind' | 'silent' | 'disconnected';

export type Freshness = { current: true } | { current: false; reason: StaleReason };

/**
 * How current an event-fed copy is. A heartbeat is an answer from the stream saying how far it reaches
 * (its last sequence, asked at a known time): once the copy has applied that far, it is known to hold every
 * change committed before the question. The copy is current only while such a heartbeat is recent, no newer
 * heartbeat reaches further than the copy, and the connection is up: anything else fails closed.
 */
export class FeedFreshness {
  private applied = 0;
  private caughtUpAt: number | null = null;
  private ahead: { sequence: number; askedAt: number } | null = null;
  private connected = true;

  constructor(
    private readonly maxSilenceMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  get appliedSequence(): number {
    return this.applied;
  }

  /** An event at this stream sequence has been applied to the copy. */
  appliedUpTo(sequence: number): void {
    this.applied = Math.max(this.applied, sequence);
    if (this.ahead && this.applied >= this.ahead.sequence) this.caughtUp(this.ahead.askedAt);
  }

  /** The stream answered, for a question asked at `askedAt`, that it ends at `lastSequence`. */
  heartbeat(lastSequence: number, askedAt: number): void {
    if (this.applied >= lastSequence) this.caughtUp(askedAt);
    else if (!this.ahead || askedAt >= this.ahead.askedAt) this.ahead = { sequence: lastSequence, askedAt };
  }

  disconnected(): void {
    this.connected = false;
    this.caughtUpAt = null;
    this.ahead = null;
  }

  reconnected(): void {
    this.connected = true;
  }

  state(): Freshness {
    if (!this.connected) return { current: false, reason: 'disconnected' };
    if (this.caughtUpAt === null) return { current: false, reason: 'replaying' };
    if (this.ahead) return { current: false, reason: 'behind' };
    if (this.clock() - this.caughtUpAt > this.maxSilenceMs) return { current: false, reason: 'silent' };
    return { current: true };
  }

  /** Milliseconds since the copy was last known to be complete (null: never). */
  heartbeatAgeMs(): number | null {
    return this.caughtUpAt === null ? null : this.clock() - this.caughtUpAt;
  }

  private caughtUp(askedAt: number): void {
    if (this.caughtUpAt === null || askedAt > this.caughtUpAt) this.caughtUpAt = askedAt;
    if (this.ahead && this.applied >= this.ahead.sequence) this.ahead = null;
  }
}
