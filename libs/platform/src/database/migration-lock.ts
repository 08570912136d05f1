import { Client } from 'pg';
import { databaseUrl } from './database-url';

/** One key for every migration of a database: replicas starting together migrate one after the other. */
const MIGRATION_LOCK_KEY = 'chaman.migrations';

/**
 * Runs `migrate` while holding a PostgreSQL session advisory lock on the service's database, so N replicas that
 * start at once apply each migration once: the first migrates, the others wait and then find nothing pending.
 */
export async function withMigrationLock<T>(serverUrl: string, databaseName: string, migrate: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, databaseName), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK_KEY]);
    return await migrate();
  } finally {
    // Closing the session releases the lock even if the unlock itself fails.
    await client.query('select pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
