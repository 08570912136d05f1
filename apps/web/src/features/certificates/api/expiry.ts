const DAY_MS = 24 * 60 * 60 * 1000;

/** Within this many days of its end, a certificate is flagged so it gets replaced in time. */
export const EXPIRY_WARNING_DAYS = 30;

export type Expiry = { state: 'expired' } | { state: 'soon'; days: number } | { state: 'valid'; days: number };

export function expiryOf(notAfter: string, now = Date.now()): Expiry {
  const days = Math.ceil((Date.parse(notAfter) - now) / DAY_MS);
  if (days <= 0) return { state: 'expired' };
  return days <= EXPIRY_WARNING_DAYS ? { state: 'soon', days } : { state: 'valid', days };
}
