import type { MikroORM } from '@mikro-orm/core';
import type { QueryResultRow } from 'pg';
import { withPooledConnection } from './plain-sql';

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
export function queryPrepared<Row extends QueryResultRow>(orm: MikroORM, statement: PreparedStatement, values: unknown[]): Promise<Row[]> {
  return withPooledConnection(orm, async (client) => (await client.query<Row>({ ...statement, values })).rows);
}
