import type { CertificateTokenUsage } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The start of the minute of `at`: the resolution certificate usage is kept at. */
export function minuteOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}

/** When each certificate `owner` registered on the account last obtained a token; those never used are left out. */
export async function usageOf(em: EntityManager, accountId: string, owner: string): Promise<CertificateTokenUsage[]> {
  const rows = await em.execute<Array<{ id: string; fingerprint: string; last_used_at: Date }>>(
    `select id, fingerprint, last_used_at from certificate
     where rest_account_id = ? and owner_enterprise_number = ? and last_used_at is not null and status <> 'REMOVED'
     order by last_used_at desc, id`,
    [accountId, owner],
  );
  return rows.map((row) => ({ certificateId: row.id, fingerprint: row.fingerprint, lastUsedAt: new Date(row.last_used_at).toISOString() }));
}
