import type { Logger } from 'pino';

/**
 * Runs `pass` again and again: at once while it finds work, otherwise every `intervalMs` or when woken. One pass at a
 * time; `stop` waits for the pass in hand. A failed pass is logged and retried on the next turn.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly pass: () => Promise<number>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  wake(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.turn(), delayMs);
    this.timer.unref();
  }

  private turn(): void {
    if (this.running || this.stopped) return;
    this.running = this.pass()
      .catch((error: unknown) => {
        this.logger.warn({ err: error, loop: this.name }, 'pass failed; will retry');
        return 0;
      })
      .then((done) => {
        this.running = null;
        if (!this.stopped) this.schedule(done > 0 ? 0 : this.intervalMs);
      });
  }
}
