import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl } from './database-url';

/** A service's database and the one role that owns it (and connects to it). */
export interface DatabaseOwnership {
  database: string;
  role: string;
  /** The role's password (printable ASCII); none where the server trusts its clients. */
  password?: string;
}

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** What `create role` or `create database` answers when another bootstrap got there first: it exists either way. */
const ALREADY_CREATED = new Set(['42710', '42P04', '23505']);
/** Rights a service role must not hold: bootstrap refuses to hand a database to such a role. */
const PRIVILEGED = ['rolsuper', 'rolcreatedb', 'rolcreaterole', 'rolreplication', 'rolbypassrls'] as const;
/** The databases every server has and every role may connect to by default: a service role has no business there. */
const MAINTENANCE_DATABASES = ['postgres', 'template1'];

/**
 * The separate bootstrap step, run with an administrator's URL: creates the role (login, no other right) and the
 * database it owns when missing, sets the role's password (so running it again rotates it), and takes CONNECT and
 * TEMPORARY on that database away from PUBLIC, so no other service role can even connect, and on the maintenance
 * databases too, so a service role connects to its own database only. Idempotent; replicas racing to run it take
 * turns on an advisory lock.
 */
export async function bootstrapDatabase(adminUrl: string, { database, role, password }: DatabaseOwnership): Promise<void> {
  for (const name of [database, role]) if (!SAFE_NAME.test(name)) throw new Error(`Unsafe database or role name "${name}"`);
  const admin = new Client({ connectionString: databaseUrl(adminUrl, 'postgres'), connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(hashtext($1))', [`chaman.bootstrap.${database}`]);
    await ensureRole(admin, role, password);
    const owner = await ensureDatabase(admin, database, role);
    if (owner !== role) await adopt(adminUrl, database, role);
    await admin.query(`revoke connect, temporary on database ${admin.escapeIdentifier(database)} from public`);
    await closeMaintenanceDatabases(admin);
  } finally {
    // Closing the session releases the lock.
    await admin.end();
  }
}

/**
 * Every service's bootstrap closes the same databases: one at a time (concurrent grants on one database fail with
 * "tuple concurrently updated"), and only while PUBLIC may still connect, so later runs change nothing.
 */
async function closeMaintenanceDatabases(admin: Client): Promise<void> {
  await admin.query('select pg_advisory_lock(hashtext($1))', ['chaman.bootstrap.maintenance-databases']);
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname = any($1) and has_database_privilege('public', oid, 'connect')`,
      [MAINTENANCE_DATABASES],
    );
    for (const { datname } of rows)
      await admin.query(`revoke connect, temporary on database ${admin.escapeIdentifier(datname)} from public`);
  } finally {
    await admin.query('select pg_advisory_unlock(hashtext($1))', ['chaman.bootstrap.maintenance-databases']);
  }
}

async function ensureRole(admin: Client, role: string, password: string | undefined): Promise<void> {
  const name = admin.escapeIdentifier(role);
  const { rows } = await admin.query<Record<(typeof PRIVILEGED)[number], boolean>>(
    `select ${PRIVILEGED.join(', ')} from pg_roles where rolname = $1`,
    [role],
  );
  const excess = PRIVILEGED.filter((right) => rows[0]?.[right]);
  if (excess.length > 0) throw new Error(`Role "${role}" holds ${excess.join(', ')}: a service needs a role of its own with no such right`);
  if (rows.length === 0)
    await tolerateRace(admin.query(`create role ${name} with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls`));
  await admin.query(
    `alter role ${name} with login password ${password === undefined ? 'null' : admin.escapeLiteral(scramVerifier(password))}`,
  );
}

/**
 * The password as PostgreSQL stores it (SCRAM-SHA-256, RFC 5802/7677), so the password itself never appears in a
 * statement a server might log. ASCII only: PostgreSQL normalises other passwords (SASLprep) before hashing.
 */
function scramVerifier(password: string, iterations = 4096): string {
  if (!/^[\x20-\x7e]+$/.test(password)) throw new Error('A role password must be printable ASCII');
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const storedKey = createHash('sha256').update(createHmac('sha256', salted).update('Client Key').digest()).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** Creates the database owned by `role` when missing; answers its owner. */
async function ensureDatabase(admin: Client, database: string, role: string): Promise<string> {
  const found = await admin.query<{ owner: string }>('select pg_get_userbyid(datdba) as owner from pg_database where datname = $1', [
    database,
  ]);
  if (found.rows.length > 0) return found.rows[0].owner;
  await tolerateRace(admin.query(`create database ${admin.escapeIdentifier(database)} owner ${admin.escapeIdentifier(role)}`));
  return role;
}

/** A database made before services had roles of their own: the role takes it over, tables and sequences included. */
async function adopt(adminUrl: string, database: string, role: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl(adminUrl, database), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const owner = client.escapeIdentifier(role);
    await client.query(`alter database ${client.escapeIdentifier(database)} owner to ${owner}`);
    // Tables first: their own sequences follow them; standalone sequences are left for the second pass.
    for (const kinds of [['r', 'p', 'v', 'm'], ['S']]) {
      const { rows } = await client.query<{ name: string }>(
        `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = any($1) and pg_get_userbyid(c.relowner) <> $2`,
        [kinds, role],
      );
      for (const { name } of rows) await client.query(`alter table ${name} owner to ${owner}`);
    }
  } finally {
    await client.end();
  }
}

async function tolerateRace(statement: Promise<unknown>): Promise<void> {
  try {
    await statement;
  } catch (error) {
    if (!ALREADY_CREATED.has((error as { code?: string }).code ?? '')) throw error;
  }
}
