import type { EntityManager } from '@mikro-orm/postgresql';

/** Forgets the jti of assertions that can no longer be valid: their replay is refused by their exp. */
export async function forgetExpiredAssertions(em: EntityManager, now: Date): Promise<number> {
  const rows = await em.execute<Array<{ jti: string }>>('delete from seen_assertion where expires_at < ? returning jti', [now]);
  return rows.length;
}
