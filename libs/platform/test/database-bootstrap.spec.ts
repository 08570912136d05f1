import type { ServiceName } from '@chaman/contracts';
import { TestScope } from '@chaman/testing';
import { Client } from 'pg';
import { migrateService } from '../src/bootstrap/start-service';
import type { ServiceConfig } from '../src/config/service-config';
import { bootstrapDatabase } from '../src/database/database-bootstrap';
import { credentialsOf, databaseUrl } from '../src/database/database-url';

const CONCURRENT = 4;

/** Runs `work` on a fresh connection to `database` signed in as `url`'s role. */
async function as<T>(url: string, database: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(url, database), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE an attempt fails with, or 'allowed' when it goes through. */
async function outcome(attempt: () => Promise<unknown>): Promise<string> {
  try {
    await attempt();
    return 'allowed';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('least privilege in PostgreSQL: one role per service, made by a separate bootstrap step', () => {
  const scope = new TestScope();
  const adminUrl = scope.infrastructure.databaseUrl;
  const config = (service: ServiceName): ServiceConfig => scope.serviceConfig(service);
  const ownership = (service: ServiceName) => ({ database: config(service).databaseName, ...credentialsOf(config(service).databaseUrl) });
  const definition = (service: ServiceName) => ({ name: service, persistence: { entities: [], migrations: [] }, modules: [] });
  const admin = <T>(database: string, work: (client: Client) => Promise<T>) => as(adminUrl, database, work);

  afterAll(() => scope.dispose());

  it(`bootstraps each service ${CONCURRENT} times at once, twice over, into a login role that owns its database and nothing more`, async () => {
    for (let round = 0; round < 2; round += 1) {
      const outcomes = await Promise.allSettled(
        (['access', 'sender'] as const).flatMap((service) =>
          Array.from({ length: CONCURRENT }, () => bootstrapDatabase(adminUrl, ownership(service))),
        ),
      );
      expect(outcomes.filter((settled) => settled.status === 'rejected')).toEqual([]);
    }
    for (const service of ['access', 'sender'] as const) {
      const { database, role } = ownership(service);
      const [stored] = await admin(
        'postgres',
        async (client) =>
          (
            await client.query(
              `select r.rolcanlogin, r.rolsuper, r.rolcreatedb, r.rolcreaterole, a.rolpassword is not null as has_password,
                  pg_get_userbyid(d.datdba) as owner, has_database_privilege('public', d.oid, 'connect') as public_connect
           from pg_roles r join pg_authid a on a.oid = r.oid, pg_database d where r.rolname = $1 and d.datname = $2`,
              [role, database],
            )
          ).rows,
      );
      expect(role).toBe(database);
      expect(stored).toEqual({
        rolcanlogin: true,
        rolsuper: false,
        rolcreatedb: false,
        rolcreaterole: false,
        has_password: true,
        owner: role,
        public_connect: false,
      });
    }
  });

  it('lets a service migrate and use its own database, and refuses it everything else', async () => {
    const access = config('access');
    const applied = await migrateService(definition('access'), access);
    expect(applied.length).toBeGreaterThan(0);
    await migrateService(definition('sender'), config('sender'));

    const own = await as(access.databaseUrl, access.databaseName, async (client) => {
      await client.query('create table probe (id int)');
      await client.query('insert into probe values (1)');
      return {
        rows: (await client.query('select id from probe')).rows,
        owners: (await client.query(`select distinct tableowner as owner from pg_tables where schemaname = 'public'`)).rows,
      };
    });
    expect(own).toEqual({ rows: [{ id: 1 }], owners: [{ owner: access.databaseName }] });

    const attempts: Record<string, () => Promise<unknown>> = {
      "connect to another service's database": () =>
        as(access.databaseUrl, config('sender').databaseName, (client) => client.query('select 1')),
      "connect to a database it was never given (delegation's)": () =>
        as(access.databaseUrl, config('delegation').databaseName, (client) => client.query('select 1')),
      'connect to the maintenance database postgres': () => as(access.databaseUrl, 'postgres', (client) => client.query('select 1')),
      'connect to template1': () => as(access.databaseUrl, 'template1', (client) => client.query('select 1')),
      'create a database': () =>
        as(access.databaseUrl, access.databaseName, (client) => client.query(`create database ${access.databaseName}_extra`)),
      'create a role': () =>
        as(access.databaseUrl, access.databaseName, (client) => client.query(`create role ${access.databaseName}_extra`)),
      'make itself superuser': () =>
        as(access.databaseUrl, access.databaseName, (client) => client.query(`alter role ${access.databaseName} superuser`)),
      'read the password hashes': () =>
        as(access.databaseUrl, access.databaseName, (client) => client.query('select rolpassword from pg_authid')),
    };
    await bootstrapDatabase(adminUrl, ownership('delegation'));
    const outcomes = Object.fromEntries(
      await Promise.all(Object.entries(attempts).map(async ([what, attempt]) => [what, await outcome(attempt)])),
    );
    // 42501: insufficient privilege; 3D000 would mean the database is missing, which is not what is tested here.
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(attempts).map((what) => [what, '42501'])));
    const refused = Object.values(outcomes).filter((code) => code === '42501').length;
    console.log(
      `[security] postgres: service-roles=3 forbidden-attempts=${Object.keys(attempts).length} refused=${refused} got-through=${Object.keys(attempts).length - refused} concurrent-bootstraps=${2 * 2 * CONCURRENT}`,
    );
  });

  it('stores a new SCRAM verifier when run again, and refuses to hand a database to a privileged role', async () => {
    const { database, role } = ownership('access');
    const password = () =>
      admin(
        'postgres',
        async (client) =>
          (await client.query<{ rolpassword: string }>('select rolpassword from pg_authid where rolname = $1', [role])).rows[0].rolpassword,
      );
    const before = await password();
    await bootstrapDatabase(adminUrl, { database, role, password: 'rotated' });
    expect([before, await password()]).toEqual([
      expect.stringMatching(/^SCRAM-SHA-256\$4096:/),
      expect.stringMatching(/^SCRAM-SHA-256\$4096:/),
    ]);
    expect(await password()).not.toBe(before);

    const superuser = credentialsOf(adminUrl).role;
    await expect(bootstrapDatabase(adminUrl, { database: `${database}_super`, role: superuser })).rejects.toThrow(/rolsuper/);
    await expect(bootstrapDatabase(adminUrl, { database: `${database}; drop`, role })).rejects.toThrow(/Unsafe/);
  });

  it('hands a database made before services had roles of their own (tables, sequences) over to its role', async () => {
    const notification = config('notification');
    const { database, role } = ownership('notification');
    await admin('postgres', (client) => client.query(`create database ${database}`));
    await admin(database, (client) =>
      client.query('create table legacy (id serial primary key, note text); create sequence legacy_number'),
    );

    await bootstrapDatabase(adminUrl, ownership('notification'));

    const owners = await admin(
      database,
      async (client) =>
        (
          await client.query<{ relname: string; owner: string }>(
            `select c.relname, pg_get_userbyid(c.relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind in ('r', 'S') order by c.relname`,
          )
        ).rows,
    );
    expect(owners).toEqual(['legacy', 'legacy_id_seq', 'legacy_number'].map((relname) => ({ relname, owner: role })));
    const inserted = await as(
      notification.databaseUrl,
      database,
      async (client) => (await client.query(`insert into legacy (note) values ('kept') returning nextval('legacy_number') as n`)).rowCount,
    );
    expect(inserted).toBe(1);
  });
});
