import type { EntityManager } from '@mikro-orm/postgresql';

export interface DueNotice {
  key: string;
  groupKey: string;
  message: string;
  dueAt: Date;
  facts: Record<string, unknown>;
}

/** Plans notices in one statement; planning the same key again (a replayed event) changes nothing. */
export async function planNotices(em: EntityManager, notices: DueNotice[], now: Date): Promise<void> {
  if (notices.length === 0) return;
  await em.execute(
    `insert into scheduled_notice (key, group_key, message, due_at, facts, status, created_at)
     values ${notices.map(() => "(?, ?, ?, ?, ?, 'PENDING', ?)").join(', ')} on conflict (key) do nothing`,
    notices.flatMap((notice) => [notice.key, notice.groupKey, notice.message, notice.dueAt, JSON.stringify(notice.facts), now]),
    'run',
  );
}

/** The group's wait is over (the request was answered, the certificate removed): its pending notices are dropped. */
export async function cancelNotices(em: EntityManager, ...groupKeys: string[]): Promise<void> {
  await em.execute(
    `update scheduled_notice set status = 'CANCELLED' where group_key in (${groupKeys.map(() => '?').join(', ')}) and status = 'PENDING'`,
    groupKeys,
    'run',
  );
}

/** Due notices (of one group, or all), locked for this transaction: replicas sweeping at once skip them. */
export async function lockDueNotices(em: EntityManager, now: Date, limit: number, groupKey?: string): Promise<DueNotice[]> {
  const rows = await em.execute<Array<{ key: string; group_key: string; message: string; due_at: Date; facts: Record<string, unknown> }>>(
    `select key, group_key, message, due_at, facts from scheduled_notice where status = 'PENDING' and due_at <= ?
     ${groupKey ? 'and group_key = ?' : ''} order by due_at, key limit ? for update skip locked`,
    groupKey ? [now, groupKey, limit] : [now, limit],
  );
  return rows.map((row) => ({
    key: row.key,
    groupKey: row.group_key,
    message: row.message,
    dueAt: new Date(row.due_at),
    facts: row.facts,
  }));
}

export async function closeNotice(em: EntityManager, key: string, status: 'SENT' | 'SKIPPED'): Promise<void> {
  await em.execute('update scheduled_notice set status = ? where key = ?', [status, key], 'run');
}
