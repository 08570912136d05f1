import type { PublicJwk } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JWK } from 'jose';
import type { KeySchedule } from '../domain/key-rotation';

/** One of Chaman's ES256 signing keys, as stored: only the token-service's database holds the private half. */
export interface StoredSigningKey extends KeySchedule {
  privateJwk: JWK;
  publicJwk: PublicJwk;
}

export async function loadSigningKeys(em: EntityManager): Promise<StoredSigningKey[]> {
  const rows = await em.execute<Array<{ kid: string; private_jwk: JWK; public_jwk: PublicJwk; signs_from: Date }>>(
    'select kid, private_jwk, public_jwk, signs_from from signing_key order by signs_from',
  );
  return rows.map((row) => ({ kid: row.kid, privateJwk: row.private_jwk, publicJwk: row.public_jwk, signsFrom: new Date(row.signs_from) }));
}

export async function saveSigningKey(em: EntityManager, key: StoredSigningKey, now: Date): Promise<void> {
  await em.execute(
    'insert into signing_key (kid, private_jwk, public_jwk, created_at, signs_from) values (?, ?::jsonb, ?::jsonb, ?, ?)',
    [key.kid, JSON.stringify(key.privateJwk), JSON.stringify(key.publicJwk), now, key.signsFrom],
    'run',
  );
}

export async function deleteSigningKeys(em: EntityManager, kids: string[]): Promise<void> {
  for (const kid of kids) await em.execute('delete from signing_key where kid = ?', [kid], 'run');
}

/** Replicas take turns making keys: one transaction-scoped advisory lock. */
export async function lockSigningKeys(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('chaman-token-signing-keys'))`);
}
