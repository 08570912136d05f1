// The system under test: the three services and the gateway as `npm start` runs them (node apps/<app>/dist/main.js),
// on the bench's own databases, subject prefix and ports; plus the baseline pair. Everything is removed afterwards.
import 'reflect-metadata';
import contracts from '@chaman/contracts';
import { connect } from 'nats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { startSecuredNatsServer } from '../start/infrastructure.mjs';
import { PROCESS_NODE_OPTIONS } from '../start/node-options.mjs';
import { freePort, startNode, stopProcess, waitForHttp, waitForMessage } from './processes.mjs';

const { SERVICE_NAMES, Streams, prefixedStreamName } = contracts;
const root = path.resolve(import.meta.dirname, '../..');
/** The bench's throw-away service roles (removed with its databases). */
const BENCH_ROLE_PASSWORD = 'bench';

/** Opens the inspector (loopback only) of the processes named in BENCH_CPU_PROF, so the bench can profile them. */
async function inspected(name, settings) {
  if (!settings.cpuProfile.includes(name)) return { nodeArgs: [] };
  const inspectPort = await freePort();
  return { nodeArgs: [`--inspect=127.0.0.1:${inspectPort}`], inspectPort };
}

function start(name, script, options, inspector) {
  return { ...startNode(name, script, { ...options, nodeArgs: inspector.nodeArgs }), inspectPort: inspector.inspectPort };
}

/**
 * A secured nats-server of the bench's own, as `npm start` runs one (production needs each process's credentials):
 * its URL, each client's credential file, the connection options of the `monitor` client (the bench's own
 * consumers read and inspect the streams with them), and how to stop it.
 */
export async function startSystemBus(settings) {
  const { natsAuthOptions } = (await import('@chaman/platform')).default;
  const server = await startSecuredNatsServer(await freePort(), settings.subjectPrefix, settings.natsDir);
  const monitor = JSON.parse(readFileSync(server.credentialFiles.monitor, 'utf8'));
  const smtp = await startMailSink();
  return { ...server, smtpPort: smtp.port, options: natsAuthOptions(monitor), stop: async () => (server.stop(), await smtp.stop()) };
}

/** An SMTP server that accepts and drops every mail: the notification-service's mail leaves as in production. */
async function startMailSink() {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => stream.on('end', () => done()).resume(),
  });
  const port = await freePort();
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return { port, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Bootstraps each service's role and database as production does (a separate step with the administrator's URL),
 * starts the services (they migrate, signed in as their own roles), then the gateway; resolves once /health says up.
 */
export async function startChaman(settings, bus) {
  const { bootstrapDatabase, roleUrl } = (await import('@chaman/platform')).default;
  const serviceUrls = {};
  for (const service of SERVICE_NAMES) {
    const database = `${settings.databasePrefix}_${service}`;
    await bootstrapDatabase(settings.databaseUrl, { database, role: database, password: BENCH_ROLE_PASSWORD });
    serviceUrls[`${service.toUpperCase()}_DATABASE_URL`] = roleUrl(settings.databaseUrl, database, BENCH_ROLE_PASSWORD);
  }
  const ports = { gateway: await freePort(), gatewayMetrics: await freePort() };
  for (const service of SERVICE_NAMES) ports[service] = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    MIGRATE_ON_START: 'true',
    DEV_TOKENS: 'true',
    NATS_URL: bus.url,
    ...serviceUrls,
    DATABASE_NAME_PREFIX: settings.databasePrefix,
    NATS_SUBJECT_PREFIX: settings.subjectPrefix,
    LOG_LEVEL: settings.logLevel,
    PORT: String(ports.gateway),
    HOST: '127.0.0.1',
    ...Object.fromEntries(SERVICE_NAMES.map((service) => [`${service.toUpperCase()}_HTTP_PORT`, String(ports[service])])),
    SMTP_URL: `smtp://127.0.0.1:${bus.smtpPort}`,
    // The bench is one caller sending thousands of requests a second; the per-caller limits would measure themselves.
    RATE_LIMIT_PER_MINUTE: '1000000000',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000000',
    TOKEN_RATE_LIMIT_PER_CLIENT_PER_MINUTE: '1000000000',
    TOKEN_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000000',
  };
  // The heap settings `npm start` and the image use, unless the run measures others.
  env.NODE_OPTIONS = settings.systemNodeOptions ?? PROCESS_NODE_OPTIONS;
  const processes = [];
  for (const service of SERVICE_NAMES) {
    const own = { ...env, NATS_CREDENTIALS_FILE: bus.credentialFiles[service] };
    const proc = start(
      service,
      path.join(settings.appRoot ?? root, 'apps', `${service}-service`, 'dist', 'main.js'),
      { env: own, logDir: settings.logDir },
      await inspected(service, settings),
    );
    proc.metricsUrl = `http://127.0.0.1:${ports[service]}/metrics`;
    processes.push(proc);
  }
  try {
    await Promise.all(processes.map((proc) => waitForHttp(proc, `http://127.0.0.1:${ports[proc.name]}/health/ready`)));
    // The development token issuer is refused in production mode; the gateway's request path is the same in both.
    const own = {
      ...env,
      NODE_ENV: 'development',
      METRICS_PORT: String(ports.gatewayMetrics),
      NATS_CREDENTIALS_FILE: bus.credentialFiles.gateway,
    };
    const gateway = start(
      'gateway',
      path.join(settings.appRoot ?? root, 'apps', 'gateway', 'dist', 'main.js'),
      { env: own, logDir: settings.logDir },
      await inspected('gateway', settings),
    );
    gateway.metricsUrl = `http://127.0.0.1:${ports.gatewayMetrics}/metrics`;
    processes.push(gateway);
    await waitForHttp(gateway, `http://127.0.0.1:${ports.gateway}/api/v1/health`);
  } catch (error) {
    await Promise.all(processes.map((proc) => stopProcess(proc)));
    throw error;
  }
  return { url: `http://127.0.0.1:${ports.gateway}`, processes };
}

/** The baseline pair: a NATS responder inserting into its own database, and the Fastify route in front of it. */
export async function startBaseline(settings) {
  const databaseName = `${settings.databasePrefix}_baseline`;
  await admin(settings.databaseUrl, (client) => client.query(`create database "${databaseName}"`));
  const port = await freePort();
  const databaseUrl = new URL(settings.databaseUrl);
  databaseUrl.pathname = `/${databaseName}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NATS_URL: settings.natsUrl,
    BASELINE_SUBJECT: `${settings.subjectPrefix}.bench.baseline.command`,
    BASELINE_DATABASE_URL: databaseUrl.toString(),
    PORT: String(port),
  };
  const responder = start(
    'baseline-responder',
    path.join(import.meta.dirname, 'baseline', 'responder.mjs'),
    { env, logDir: settings.logDir, ipc: true },
    await inspected('baseline-responder', settings),
  );
  const gateway = start(
    'baseline-gateway',
    path.join(import.meta.dirname, 'baseline', 'gateway.mjs'),
    { env, logDir: settings.logDir, ipc: true },
    await inspected('baseline-gateway', settings),
  );
  await Promise.all([waitForMessage(responder), waitForMessage(gateway)]);
  return { url: `http://127.0.0.1:${port}`, processes: [responder, gateway], databaseName };
}

export async function stopAll(processes) {
  // Gateways first so nothing new reaches the services while they drain.
  const order = [...processes].sort((a, b) => Number(b.name.includes('gateway')) - Number(a.name.includes('gateway')));
  for (const proc of order.filter((p) => p.name.includes('gateway'))) await stopProcess(proc);
  await Promise.all(order.filter((p) => !p.name.includes('gateway')).map((proc) => stopProcess(proc)));
}

/** Drops the bench's databases, their roles and the JetStream streams of its prefix on the shared NATS (the system's own bus goes with its folder). */
export async function removeBenchData(settings) {
  const { dropDatabasesAndRoles } = (await import('@chaman/testing')).default;
  const names = [...SERVICE_NAMES.map((service) => `${settings.databasePrefix}_${service}`), `${settings.databasePrefix}_baseline`];
  await dropDatabasesAndRoles(settings.databaseUrl, names);
  const nc = await connect({ servers: settings.natsUrl, name: 'bench-cleanup' });
  try {
    const manager = await nc.jetstreamManager();
    for (const stream of Object.values(Streams))
      await manager.streams.delete(prefixedStreamName(settings.subjectPrefix, stream.name)).catch(() => undefined);
  } finally {
    await nc.close();
  }
}

async function admin(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
