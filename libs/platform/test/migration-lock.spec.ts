import { TestScope } from '@chaman/testing';
import { Client } from 'pg';
import { migrateService } from '../src/bootstrap/start-service';
import { databaseUrl } from '../src/database/database-url';

const REPLICAS = 5;

describe('migrations of replicas starting together', () => {
  const scope = new TestScope();
  const config = scope.serviceConfig('delegation');
  const definition = { name: 'delegation' as const, persistence: { entities: [], migrations: [] }, modules: [] };

  afterAll(() => scope.dispose());

  it(`applies each migration once when ${REPLICAS} replicas migrate a fresh database at the same time`, async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: REPLICAS }, () => migrateService(definition, config)));

    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    const applied = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
    expect(applied.length).toBeGreaterThan(0);
    expect(new Set(applied).size).toBe(applied.length);

    const client = new Client({ connectionString: databaseUrl(config.databaseUrl, config.databaseName) });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; times: string }>(
        'select name, count(*) as times from mikro_orm_migrations group by name',
      );
      expect(rows.map((row) => row.name).sort()).toEqual([...applied].sort());
      expect(rows.every((row) => row.times === '1')).toBe(true);
    } finally {
      await client.end();
    }
  });
});
