// `npm start`: bootstraps (a role and a database each), migrates and starts the five services and the gateway against
// DATABASE_ADMIN_URL (default 127.0.0.1, else an embedded PostgreSQL) and a secured bus: without NATS_URL, its own
// nats-server on NATS_PORT (4223) with one credential per client, the downstream one in .data/nats/downstream.json;
// unless OIDC_ISSUER_URL names another provider, the development identity provider the web login goes through; and,
// without SMTP_URL, MailDev catching the notification-service's mail; and the Demo v1 API on DEMO_API_PORT (3950).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { postgresAnswers, startEmbeddedPostgres, startSecuredNatsServer } from './infrastructure.mjs';
import { PROCESS_NODE_OPTIONS } from './node-options.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const SERVICES = ['access-service', 'sender-service', 'delegation-service', 'notification-service', 'token-service'];
/** Each process's client name on the bus: its own credentials. */
const BUS_CLIENT = {
  'access-service': 'access',
  'sender-service': 'sender',
  'delegation-service': 'delegation',
  'notification-service': 'notification',
  'token-service': 'token',
  gateway: 'gateway',
};
let credentialFiles = null;
const stops = [];
const children = [];

async function infrastructure() {
  const env = { ...process.env };
  env.NODE_OPTIONS ??= PROCESS_NODE_OPTIONS;
  env.DATABASE_ADMIN_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!(await postgresAnswers(env.DATABASE_ADMIN_URL))) {
    if (process.env.DATABASE_ADMIN_URL) throw new Error(`PostgreSQL does not answer at DATABASE_ADMIN_URL (${env.DATABASE_ADMIN_URL}).`);
    console.log('[start] no PostgreSQL on 127.0.0.1:5432: starting an embedded one (data in .data/postgres)');
    const embedded = await startEmbeddedPostgres(Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329));
    stops.push(embedded.stop);
    env.DATABASE_ADMIN_URL = embedded.url;
  }
  // With NATS_URL: that bus, with the credentials the environment gives each process (NATS_CREDENTIALS_FILE, …).
  if (!env.NATS_URL) {
    const port = Number(env.NATS_PORT ?? 4223);
    const server = await startSecuredNatsServer(port, env.NATS_SUBJECT_PREFIX ?? 'chaman');
    stops.push(server.stop);
    env.NATS_URL = server.url;
    credentialFiles = server.credentialFiles;
    console.log(
      `[start] secured nats-server on ${server.url} (data in .data/nats); downstream credentials: ${server.credentialFiles.downstream}`,
    );
  }
  if (!env.SMTP_URL) startMailDev(env);
  return env;
}

/** MailDev: SMTP on MAILDEV_SMTP_PORT (1025), its web page and REST API on MAILDEV_WEB_PORT (1080), loopback only. */
function startMailDev(env) {
  const smtpPort = env.MAILDEV_SMTP_PORT ?? '1025';
  const webPort = env.MAILDEV_WEB_PORT ?? '1080';
  const bin = path.join(root, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js');
  const child = spawn(process.execPath, [bin, '--smtp', smtpPort, '--web', webPort, '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'], {
    env,
    stdio: 'ignore',
  });
  children.push(child);
  env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  console.log(`[start] MailDev catches the mail: read it at http://127.0.0.1:${webPort}`);
}

/** The development identity provider on DEV_IDP_PORT (default 3900), and the gateway's settings to use it. */
function identityProvider(env) {
  if (env.OIDC_ISSUER_URL) return {};
  const port = env.DEV_IDP_PORT ?? '3900';
  const issuer = `http://127.0.0.1:${port}`;
  run('dev-identity-provider', {
    DEV_IDP_OPERATOR_LOGIN: 'true',
    ...env,
    NODE_ENV: 'development',
    DEV_IDP_PORT: port,
    DEV_IDP_ISSUER: issuer,
  });
  return { OIDC_ISSUER_URL: issuer, OIDC_CLIENT_ID: 'chaman-web', OIDC_CLIENT_SECRET: 'chaman-dev-secret' };
}

function run(app, env) {
  const own = credentialFiles && BUS_CLIENT[app] ? { ...env, NATS_CREDENTIALS_FILE: credentialFiles[BUS_CLIENT[app]] } : env;
  const child = spawn(process.execPath, [path.join(root, 'apps', app, 'dist', 'main.js')], { env: own, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`[start] ${app} exited (${signal ?? code}); stopping everything`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  await Promise.all(
    children.map(
      (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM')))),
    ),
  );
  for (const stop of stops.reverse()) await stop();
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const env = await infrastructure();
  // In development each service bootstraps its role and database with DATABASE_ADMIN_URL, then migrates, on start
  // (MIGRATE_ON_START defaults to true there); it connects as its own role.
  for (const service of SERVICES) run(service, env);
  // Development: the gateway's own token issuer answers API clients (POST /api/v1/dev/tokens) on loopback.
  run('gateway', { DEV_TOKENS: 'true', ...env, ...identityProvider(env) });
  const port = env.PORT ?? 3000;
  // The Demo v1 API trusts the token-service's keys as the gateway publishes them, and nothing else. Without
  // PUBLIC_URL the issuer is the loopback origin a client used: either name of it.
  const issuers = env.PUBLIC_URL ?? `http://localhost:${port},http://127.0.0.1:${port}`;
  const demoApiPort = env.DEMO_API_PORT ?? '3950';
  run('demo-api', {
    ...env,
    DEMO_API_PORT: demoApiPort,
    JWKS_URL: env.JWKS_URL ?? `${issuers.split(',')[0]}/oauth/jwks`,
    TOKEN_ISSUER: env.TOKEN_ISSUER ?? issuers,
  });
  console.log(`[start] Demo v1 API on http://localhost:${demoApiPort}/REST/demo/v1/whoami (scope:demo:consult)`);
  console.log(
    `[start] Chaman on http://localhost:${port}/ (log in as any user id) — API at /api/v1, OpenAPI UI at /api/docs; Ctrl-C stops everything`,
  );
} catch (error) {
  console.error(`[start] ${error.message}`);
  await shutdown(1);
}
