/**
 * Where the services read the time: the system clock, or a test's hand-moved one (`ServiceConfig.clock`, or the
 * notification-service's settings). Injected as `CLOCK` in every service, so that a test can move it.
 */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

/**
 * The system clock moved `offsetMs` ahead: what a test that runs services as processes of their own gives them
 * (`CLOCK_OFFSET_MS`) to reach a date, e.g. a delegation's end. Never in production (refused at start).
 */
export const offsetClock = (offsetMs: number): Clock => ({ now: () => new Date(Date.now() + offsetMs) });
