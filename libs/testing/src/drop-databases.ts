import { Client } from 'pg';
import { databaseUrl } from '@chaman/platform';

/** Drops a test's databases and the roles named after them (roles are server-wide: they would outlive the run). */
export async function dropDatabasesAndRoles(adminUrl: string, names: readonly string[]): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl(adminUrl, 'postgres') });
  await admin.connect();
  try {
    for (const name of names) {
      await admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`);
      await admin.query(`drop role if exists ${admin.escapeIdentifier(name)}`);
    }
  } finally {
    await admin.end();
  }
}
