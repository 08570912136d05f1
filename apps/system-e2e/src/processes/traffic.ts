/**
 * Background load for a fault test: `workers` loops each making one call after another until `stop()`,
 * bounded by `maxCallsPerWorker` so a mistake cannot spin forever.
 */
export class Traffic {
  private stopped = false;
  private readonly loops: Promise<void>[] = [];
  calls = 0;

  constructor(
    private readonly workers: number,
    private readonly call: (worker: number, iteration: number) => Promise<unknown>,
    /** Pause between two calls of one worker, so an outage answered in a millisecond is not a busy loop. */
    private readonly pauseMs = 20,
    private readonly maxCallsPerWorker = 2_000,
  ) {}

  start(): this {
    for (let worker = 0; worker < this.workers; worker += 1) {
      this.loops.push(
        (async () => {
          for (let iteration = 0; !this.stopped && iteration < this.maxCallsPerWorker; iteration += 1) {
            await this.call(worker, iteration);
            this.calls += 1;
            await new Promise((resolve) => setTimeout(resolve, this.pauseMs));
          }
        })(),
      );
    }
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }
}
