import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';

/**
 * A connection of the service's own pool (the one MikroORM uses), for commands written in plain SQL: no unit of
 * work, no entity; `work` runs its statements on it and the connection goes back to the pool afterwards.
 */
export async function withPooledConnection<T>(orm: MikroORM, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const pool = (orm.em.getConnection() as PostgreSqlConnection).getKnex().client;
  const client = (await pool.acquireConnection()) as PoolClient;
  try {
    return await work(client);
  } finally {
    pool.releaseConnection(client);
  }
}

/** `work` in one transaction on a pooled connection: committed if it returns, rolled back if it throws. */
export function inSqlTransaction<T>(orm: MikroORM, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return withPooledConnection(orm, async (client) => {
    await client.query('begin');
    try {
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      // A connection the server cut cannot roll back; the pool drops it on its error.
      await client.query('rollback').catch(() => undefined);
      throw error;
    }
  });
}
