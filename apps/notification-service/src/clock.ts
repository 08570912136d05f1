/** Where reminders, expiry alerts and retries read the time: the system clock, or a test's hand-moved one. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
