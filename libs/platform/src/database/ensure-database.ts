import { Client } from 'pg';

/** `create database` racing another replica fails with one of these: the database exists either way. */
const DATABASE_ALREADY_CREATED = new Set(['42P04', '23505']);

export function databaseUrl(serverUrl: string, databaseName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

/** Creates the service's own database when it does not exist yet (safe when replicas race to do it). */
export async function ensureDatabase(serverUrl: string, databaseName: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseName)) throw new Error(`Unsafe database name "${databaseName}"`);
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres'), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [databaseName]);
    if (found.rowCount === 0) await client.query(`create database "${databaseName}"`);
  } catch (error) {
    if (!DATABASE_ALREADY_CREATED.has((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await client.end();
  }
}
