import { bootstrapDatabase, databaseUrl, developmentDatabaseSettings, roleUrl } from '@chaman/platform';
import { Client } from 'pg';
import { type ProcessSystem, startProcessSystem } from '../../src/processes';

jest.setTimeout(120_000);

/** SQLSTATE of a failed sign-in and query, or 'signed in'. */
async function signIn(url: string, database: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl(url, database), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return 'signed in';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The services as they run in production, on a PostgreSQL of the test's own that checks passwords: each signs in
 * with a role of its own (bootstrapped by the service in this test system, a separate step in production).
 */
describe('each service process signs in to PostgreSQL with a role of its own', () => {
  let system: ProcessSystem;

  beforeAll(async () => {
    system = await startProcessSystem({
      services: ['access', 'sender'],
      inProcessGateway: false,
      ownPostgres: true,
      postgresPassword: 'test-administrator',
    });
  });

  afterAll(() => system?.stop());

  it.each(['access', 'sender'] as const)(
    'the %s-service: only its role on its database, owning it, with no server-wide right',
    async (service) => {
      const { databaseName } = system.service(service);
      const [sessions] = await system.query<{ roles: string[]; owner: string; privileged: boolean }>(
        service,
        `select array(select distinct usename::text from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()) as roles,
              (select pg_get_userbyid(datdba) from pg_database where datname = current_database()) as owner,
              (select rolsuper or rolcreatedb or rolcreaterole from pg_roles where rolname = $1) as privileged`,
        [databaseName],
      );
      expect(sessions).toEqual({ roles: [databaseName], owner: databaseName, privileged: false });
    },
  );

  it("signs a role in with its own password only, and never into another service's database", async () => {
    const access = system.service('access').databaseName;
    const sender = system.service('sender').databaseName;
    const accessUrl = developmentDatabaseSettings(system.databaseUrl, access).databaseUrl;
    expect({
      own: await signIn(accessUrl, access),
      wrongPassword: await signIn(roleUrl(system.databaseUrl, access, 'guessed'), access),
      otherService: await signIn(accessUrl, sender),
    }).toEqual({ own: 'signed in', wrongPassword: '28P01', otherService: '42501' });
  });

  it('rotates a password when the bootstrap runs again with a new one', async () => {
    const probe = { database: 'rotation_probe', role: 'rotation_probe' };
    await bootstrapDatabase(system.databaseUrl, { ...probe, password: 'first-password' });
    await bootstrapDatabase(system.databaseUrl, { ...probe, password: 'second-password' });
    expect({
      old: await signIn(roleUrl(system.databaseUrl, probe.role, 'first-password'), probe.database),
      new: await signIn(roleUrl(system.databaseUrl, probe.role, 'second-password'), probe.database),
    }).toEqual({ old: '28P01', new: 'signed in' });
  });
});
