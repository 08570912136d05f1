import { nextMailDelay, nextWebhookDelay, WEBHOOK_DISABLE_AFTER_MS, WEBHOOK_RETRY_DELAYS_MS } from './retry-schedule';

describe('retry schedules', () => {
  it('retries a webhook with growing delays for more than the day after which it is disabled, then stops', () => {
    const delays = WEBHOOK_RETRY_DELAYS_MS.map((_, index) => nextWebhookDelay(index + 1)!);
    delays.slice(1).forEach((delay, index) => expect(delay).toBeGreaterThanOrEqual(delays[index]));
    expect(delays.reduce((sum, delay) => sum + delay, 0)).toBeGreaterThan(WEBHOOK_DISABLE_AFTER_MS);
    expect(nextWebhookDelay(WEBHOOK_RETRY_DELAYS_MS.length + 1)).toBeNull();
  });

  it('retries mail forever, doubling up to an hour', () => {
    expect([1, 2, 3].map(nextMailDelay)).toEqual([10_000, 20_000, 40_000]);
    expect(nextMailDelay(100)).toBe(3_600_000);
  });
});
