import type { AuditValues, CloudEvent } from '@chaman/contracts';

/** What one change means for one enterprise's trail; an event touching two enterprises gives two. */
export interface AuditFacts {
  /** Whose trail the entry is in; null when the event names no enterprise (kept, shown to no enterprise). */
  enterpriseNumber: string | null;
  kind: string;
  resource: { type: string; id: string };
  actor: { userId?: string; enterpriseNumber?: string; operator: boolean };
  personUserId?: string;
  before?: AuditValues;
  after?: AuditValues;
  reason?: string;
  counterpartEnterpriseNumber?: string;
}

/** What the trail knows besides the event (from earlier events of the same stream). */
export interface KnownFacts {
  /** The enterprise holding a REST account. */
  companyOfAccount(restAccountId: string): string | undefined;
}

export type AuditMapper = (event: CloudEvent, known: KnownFacts) => AuditFacts[];

/** `be.chaman.access.member-appointed.v1` → `access.member-appointed`. */
export function kindOf(eventType: string): string {
  const match = /^be\.chaman\.([a-z][a-z-]*)\.([a-z][a-z-]*)\.v\d+$/.exec(eventType);
  return match ? `${match[1]}.${match[2]}` : 'other.unknown';
}
