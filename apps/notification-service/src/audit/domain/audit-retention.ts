const DAY_MS = 86_400_000;

/**
 * How long an entry is kept (docs/audit.md): ten years, the longest period for which an enterprise can be asked to
 * account for a social-security declaration made through its channels. Older entries are deleted.
 */
export const AUDIT_RETENTION_DAYS = 3_650;

export function auditRetentionStart(now: Date): Date {
  return new Date(now.getTime() - AUDIT_RETENTION_DAYS * DAY_MS);
}
