import type { AuditEntryView, AuditValues } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { AuditFacts } from '../domain/audit-facts';
import type { AuditCondition } from '../domain/audit-filters';

export interface AuditEntryRow {
  id: string;
  at: Date;
  kind: string;
  event_type: string | null;
  resource_type: string;
  resource_id: string;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_enterprise_number: string | null;
  actor_operator: boolean;
  person_user_id: string | null;
  before_values: AuditValues | null;
  after_values: AuditValues | null;
  reason: string | null;
  counterpart_enterprise_number: string | null;
}

/** Writes one entry; the same source recorded again for the same enterprise writes nothing. */
export async function insertAuditEntry(
  em: EntityManager,
  entry: { sourceKey: string; at: Date; eventType?: string; actorName?: string; facts: AuditFacts; now: Date },
): Promise<void> {
  const { facts } = entry;
  await em.execute(
    `insert into audit_entry (id, source_key, enterprise_number, at, kind, event_type, resource_type, resource_id, actor_user_id, actor_name,
       actor_enterprise_number, actor_operator, person_user_id, before_values, after_values, reason, counterpart_enterprise_number, recorded_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source_key, enterprise_number) do nothing`,
    [
      uuidv7(),
      entry.sourceKey,
      facts.enterpriseNumber,
      entry.at,
      facts.kind,
      entry.eventType ?? null,
      facts.resource.type,
      facts.resource.id,
      facts.actor.userId ?? null,
      entry.actorName ?? null,
      facts.actor.enterpriseNumber ?? null,
      facts.actor.operator,
      facts.personUserId ?? null,
      facts.before ? JSON.stringify(facts.before) : null,
      facts.after ? JSON.stringify(facts.after) : null,
      facts.reason ?? null,
      facts.counterpartEnterpriseNumber ?? null,
      entry.now,
    ],
    'run',
  );
}

/** One page of an enterprise's trail, newest first, after the cursor's (at, id) if any. */
export async function auditEntriesOf(
  em: EntityManager,
  enterpriseNumber: string,
  condition: AuditCondition,
  after: [Date, string] | null,
  limit: number,
): Promise<AuditEntryRow[]> {
  const keyset = after ? 'and (at, id) < (?, ?)' : '';
  return em.execute<AuditEntryRow[]>(
    `select * from audit_entry where enterprise_number = ? ${condition.sql ? `and ${condition.sql}` : ''} ${keyset} order by at desc, id desc limit ?`,
    [enterpriseNumber, ...condition.params, ...(after ?? []), limit],
  );
}

export function auditEntryView(row: AuditEntryRow): AuditEntryView {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    kind: row.kind,
    ...(row.event_type ? { eventType: row.event_type } : {}),
    actor: {
      ...(row.actor_user_id ? { userId: row.actor_user_id } : {}),
      ...(row.actor_name ? { name: row.actor_name } : {}),
      ...(row.actor_enterprise_number ? { enterpriseNumber: row.actor_enterprise_number } : {}),
      operator: row.actor_operator,
    },
    resource: { type: row.resource_type, id: row.resource_id },
    ...(row.person_user_id ? { personUserId: row.person_user_id } : {}),
    ...(row.before_values ? { before: row.before_values } : {}),
    ...(row.after_values ? { after: row.after_values } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.counterpart_enterprise_number ? { counterpartEnterpriseNumber: row.counterpart_enterprise_number } : {}),
  };
}

export async function rememberRestAccount(em: EntityManager, id: string, enterpriseNumber: string): Promise<void> {
  await em.execute(
    'insert into audit_rest_account (id, enterprise_number) values (?, ?) on conflict (id) do nothing',
    [id, enterpriseNumber],
    'run',
  );
}

export async function companyOfAccount(em: EntityManager, id: string): Promise<string | undefined> {
  const [row] = await em.execute<Array<{ enterprise_number: string }>>('select enterprise_number from audit_rest_account where id = ?', [
    id,
  ]);
  return row?.enterprise_number;
}

export async function rememberPerson(em: EntityManager, userId: string, name: string): Promise<void> {
  await em.execute(
    'insert into audit_person (user_id, name) values (?, ?) on conflict (user_id) do update set name = excluded.name',
    [userId, name],
    'run',
  );
}

export async function nameOfPerson(em: EntityManager, userId: string): Promise<string | undefined> {
  const [row] = await em.execute<Array<{ name: string }>>('select name from audit_person where user_id = ?', [userId]);
  return row?.name;
}

/** Retention: entries recorded before the instant go (docs/audit.md). */
export async function purgeAuditEntriesBefore(em: EntityManager, before: Date): Promise<number> {
  const result = await em.execute('delete from audit_entry where at < ?', [before], 'run');
  return (result as { affectedRows?: number }).affectedRows ?? 0;
}
