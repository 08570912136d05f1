import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs a command at most once per (scope, key) and replays its first reply. Must run inside the command's
 * transaction (`em.execute` joins it): a concurrent twin blocks on the key's row until the first commits, then reads its reply.
 */
export async function idempotent<T>(em: EntityManager, scope: string, key: string | undefined, command: () => Promise<T>): Promise<T> {
  if (!key) return command();
  const claimed = await em.execute<QueryResult>(
    'insert into idempotency_record (scope, key, created_at) values (?, ?, now()) on conflict do nothing',
    [scope, key],
    'run',
  );
  if (claimed.affectedRows === 0) {
    const [stored] = await em.execute<{ response: T }[]>('select response from idempotency_record where scope = ? and key = ?', [scope, key]);
    return stored.response;
  }
  const reply = await command();
  await em.execute('update idempotency_record set response = ? where scope = ? and key = ?', [JSON.stringify(reply ?? null), scope, key], 'run');
  return reply;
}
