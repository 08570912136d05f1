/**
 * Webhook retries after the first attempt, as the Standard Webhooks guidance suggests: 5 s, 5 min, 30 min, 2 h,
 * 5 h, 10 h, 10 h — about 27.6 hours in all, so an endpoint gets more than a day to come back.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000] as const;

/** An endpoint failing this long without one success is disabled. */
export const WEBHOOK_DISABLE_AFTER_MS = 24 * 3_600_000;

/** Delay before the next webhook attempt, after `attempts` failed ones; `null` when the schedule is spent. */
export function nextWebhookDelay(attempts: number): number | null {
  return WEBHOOK_RETRY_DELAYS_MS[attempts - 1] ?? null;
}

/** SMTP retries double from 10 s up to 1 h and never stop: an outage only delays mail. */
export function nextMailDelay(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}
