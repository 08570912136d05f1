import type { EntityManager } from '@mikro-orm/core';
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';
import type { PoolClient, QueryResultRow } from 'pg';

/**
 * A statement of a hot read: its text with `$n` parameters, and the name it is prepared under on each connection
 * (none for a text of unbounded variety, e.g. one parameter per item of a list: it is then planned on every call).
 */
export interface PreparedStatement {
  name?: string;
  text: string;
}

/**
 * Runs a named statement on a connection of the ORM's pool: PostgreSQL plans it once per connection instead of on
 * every call, and neither knex nor the entity manager touches it (both cost more than a read's statement). Rows come
 * back as the driver gives them (MikroORM has instants answered as text).
 */
export async function queryPrepared<Row extends QueryResultRow>(
  em: EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<Row[]> {
  const pool = (em.getConnection() as unknown as PostgreSqlConnection).getKnex().client;
  const connection = (await pool.acquireConnection()) as PoolClient;
  try {
    return (await connection.query<Row>({ ...statement, values })).rows;
  } finally {
    pool.releaseConnection(connection);
  }
}
