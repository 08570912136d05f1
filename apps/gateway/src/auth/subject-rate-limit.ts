import { ProblemException } from '@chaman/contracts';

const WINDOW_MS = 60_000;

/**
 * Requests per verified person per minute on this replica, in fixed one-minute windows (the map is emptied each
 * window, so it holds at most the people seen within one). Counted after authentication, so an unverified string
 * never has a budget of its own: the per-address limit, before authentication, is what random tokens hit.
 */
export class SubjectRateLimit {
  private windowStartedAt = 0;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly maxPerMinute: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one request of `subject`; past the limit, the seconds until the window ends. */
  take(subject: string): { retryAfterSeconds: number } | undefined {
    const now = this.clock();
    if (now - this.windowStartedAt >= WINDOW_MS) {
      this.windowStartedAt = now;
      this.counts.clear();
    }
    const count = (this.counts.get(subject) ?? 0) + 1;
    this.counts.set(subject, count);
    if (count <= this.maxPerMinute) return undefined;
    return { retryAfterSeconds: Math.max(1, Math.ceil((this.windowStartedAt + WINDOW_MS - now) / 1000)) };
  }

  refusal(): ProblemException {
    return ProblemException.of(
      'tooManyRequests',
      `More than ${this.maxPerMinute} requests in a minute for this person; slow down and retry later.`,
    );
  }
}
