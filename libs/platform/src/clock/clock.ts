/**
 * Where the services read the time: the system clock, or a test's hand-moved one (`ServiceConfig.clock`, or the
 * notification-service's settings). Injected as `CLOCK` in every service, so that a test can move it.
 */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
