import type { ListAuditEntriesInput } from '@chaman/contracts';

/** A SQL condition on `audit_entry` and its parameters, in order. */
export interface AuditCondition {
  sql: string;
  params: Array<string | Date>;
}

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * The filters of `GET …/audit` as one condition: a kind (`access.member-removed`) or an area (`access`), a period
 * (`from` inclusive; `to` exclusive, a day alone meaning up to the end of that day, UTC), and a person (who acted or
 * whom the change is about).
 */
export function auditCondition(query: Pick<ListAuditEntriesInput, 'kind' | 'from' | 'to' | 'person'>): AuditCondition {
  const parts: string[] = [];
  const params: Array<string | Date> = [];
  if (query.kind) {
    if (query.kind.includes('.')) {
      parts.push('kind = ?');
      params.push(query.kind);
    } else {
      parts.push('kind like ?');
      params.push(`${query.kind}.%`);
    }
  }
  if (query.from) {
    parts.push('at >= ?');
    params.push(new Date(query.from));
  }
  if (query.to) {
    parts.push('at < ?');
    params.push(DAY_ONLY.test(query.to) ? new Date(new Date(query.to).getTime() + DAY_MS) : new Date(query.to));
  }
  if (query.person) {
    parts.push('(actor_user_id = ? or person_user_id = ?)');
    params.push(query.person, query.person);
  }
  return { sql: parts.join(' and '), params };
}
