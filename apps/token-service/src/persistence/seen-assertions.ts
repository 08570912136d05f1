import type { EntityManager } from '@mikro-orm/postgresql';

/** Records the assertion's jti; false when it was seen already (a replay), on any replica. */
export async function firstUseOf(em: EntityManager, clientId: string, jti: string, acceptableUntil: Date): Promise<boolean> {
  const rows = await em.execute<Array<{ jti: string }>>(
    'insert into seen_assertion (client_id, jti, expires_at) values (?, ?, ?) on conflict do nothing returning jti',
    [clientId, jti, acceptableUntil],
  );
  return rows.length === 1;
}

/** Forgets the jti of assertions that can no longer be valid: their replay is refused by their exp. */
export async function forgetExpiredAssertions(em: EntityManager, now: Date): Promise<number> {
  const rows = await em.execute<Array<{ jti: string }>>('delete from seen_assertion where expires_at < ? returning jti', [now]);
  return rows.length;
}
