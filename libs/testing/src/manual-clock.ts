/** A clock a test moves by hand: reminders and expiry alerts come due when the test says, never by waiting. */
export class ManualClock {
  private current: number;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
