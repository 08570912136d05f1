const DAY_MS = 24 * 3_600_000;

/** Certificate alerts: 30 and 7 days before `notAfter`, and at it. */
export const CERTIFICATE_ALERT_DAYS = [30, 7, 0] as const;

export interface PlannedNotice {
  /** Unique per group and stage, so planning twice plans nothing new. */
  stage: string;
  dueAt: Date;
}

export function certificateAlerts(notAfter: Date): PlannedNotice[] {
  return CERTIFICATE_ALERT_DAYS.map((days) => ({ stage: `expiry-${days}d`, dueAt: new Date(notAfter.getTime() - days * DAY_MS) }));
}

/** A waiting request: a reminder after `reminderAfterMs`, a warning `warningMs` before it expires (each only if before expiry). */
export function delegationWaitNotices(
  waitingSince: Date,
  expiresAt: Date | null,
  reminderAfterMs: number,
  warningMs: number,
): PlannedNotice[] {
  const reminder = { stage: 'reminder', dueAt: new Date(waitingSince.getTime() + reminderAfterMs) };
  if (!expiresAt) return [reminder];
  const warning = { stage: 'expiring', dueAt: new Date(expiresAt.getTime() - warningMs) };
  return [reminder, warning].filter((notice) => notice.dueAt < expiresAt && notice.dueAt > waitingSince);
}

/** Of a group's notices due at once (registered late, or the service was down), only the most urgent is worth sending. */
export function mostUrgent<T extends { dueAt: Date }>(due: T[]): { send: T | null; skip: T[] } {
  if (due.length === 0) return { send: null, skip: [] };
  const ordered = [...due].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return { send: ordered[ordered.length - 1], skip: ordered.slice(0, -1) };
}

/** How long before a delegation's end date both parties are reminded of it. */
export const END_REMINDER_BEFORE_MS = 14 * 24 * 60 * 60 * 1000;

/** When to remind the parties of a live delegation's end date, or null (no end date, or the delegation is over). */
export function endReminderDue(delegation: { status: string; endsOn?: string }): Date | null {
  if (!delegation.endsOn || (delegation.status !== 'PENDING' && delegation.status !== 'ACCEPTED')) return null;
  return new Date(Date.parse(delegation.endsOn) - END_REMINDER_BEFORE_MS);
}
