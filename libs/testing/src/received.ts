/**
 * What a test double (an event probe, an SMTP server, a webhook receiver) has received so far, and a wait for a
 * condition over it that wakes on each arrival instead of polling.
 */
export class Received<Item> {
  readonly items: Item[] = [];
  private waiters: Array<() => void> = [];

  /** `describe` tells, in a failure, what did arrive. */
  constructor(
    private readonly owner: string,
    private readonly describe: (items: Item[]) => string,
  ) {}

  push(item: Item): void {
    this.items.push(item);
    this.waiters.splice(0).forEach((wake) => wake());
  }

  /** Resolves once `predicate` holds over what was received, or fails after `timeoutMs`. */
  async waitFor(predicate: (items: Item[]) => boolean, timeoutMs: number): Promise<Item[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.items)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.owner}: condition not met within ${timeoutMs} ms; received ${this.describe(this.items)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.items;
  }
}
