// `npm run bench`: the gateway's cost against this machine's own limit, in one run (issue #6, docs/benchmark.md).
// Starts the system (or uses BENCH_GATEWAY_URL), seeds it through the API, drives each scenario with autocannon
// from a separate process, and writes bench/results/latest.json plus a markdown table. The processes' logs are kept
// when the run fails, or with BENCH_KEEP_LOGS=true (with BENCH_LOG_LEVEL=debug, say).
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CpuProfiler } from './cpu-profiler.mjs';
import { lagSummary, startLagConsumer } from './event-lag.mjs';
import { handlerBreakdown, scrapeHandlers } from './handler-metrics.mjs';
import { waitForQuietEvents } from './settle.mjs';
import { HttpClient, inPool } from './http-client.mjs';
import { cpuTimeOf, memoryOf, serverCpuTimes } from './processes.mjs';
import { evaluate, failed, markdown, SCENARIO_LABELS } from './report.mjs';
import { createPendingDelegations, populationSizes, requestBody, seconds, seedPopulation, shuffled } from './seed.mjs';
import { removeBenchData, startBaseline, startChaman, startSystemBus, stopAll } from './system.mjs';
import { seedTokenClients, tokenRequests } from './token-clients.mjs';

const root = path.resolve(import.meta.dirname, '../..');
/** Accepts sent one by one at a light, steady rate after the load run, for the event lag outside saturation. */
const PACED_LAG_EVENTS = 150;
const PACED_LAG_RATE = 30;
const env = process.env;
const id = randomBytes(3).toString('hex');
const external = env.BENCH_GATEWAY_URL;
const workDir = mkdtempSync(path.join(os.tmpdir(), `chaman-bench-${id}-`));
const settings = {
  id,
  natsUrl: env.BENCH_NATS_URL ?? env.NATS_URL ?? 'nats://127.0.0.1:4222',
  databaseUrl: env.BENCH_DATABASE_URL ?? env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  databasePrefix: `chaman_bench_${id}`,
  subjectPrefix: `bench_${id}`,
  /** Prefix of the system under test: the bench's own, or the running system's (BENCH_SUBJECT_PREFIX). */
  systemSubjectPrefix: external ? (env.BENCH_SUBJECT_PREFIX ?? 'chaman') : `bench_${id}`,
  durationSeconds: number('BENCH_DURATION', 10),
  warmupSeconds: number('BENCH_WARMUP', 2),
  connections: number('BENCH_CONNECTIONS', 20),
  scale: number('BENCH_SCALE', 1),
  seedConcurrency: number('BENCH_SEED_CONCURRENCY', 8),
  growthSeconds: number('BENCH_GROWTH_SECONDS', 120),
  logLevel: env.BENCH_LOG_LEVEL ?? 'info',
  /** Scenario names to run (e.g. `postDelegation,acceptDelegation,putContact`); all when empty. The baseline always runs. */
  scenarios: (env.BENCH_SCENARIOS ?? '').split(',').filter(Boolean),
  /** Process names (access, sender, delegation, gateway, baseline-gateway, baseline-responder) to profile. */
  cpuProfile: (env.BENCH_CPU_PROF ?? '').split(',').filter(Boolean),
  profileDir: path.join(root, 'bench', 'results', 'profiles'),
  logDir: path.join(workDir, 'logs'),
  natsDir: path.join(workDir, 'nats'),
  output: path.join(root, 'bench', 'results', env.BENCH_OUTPUT ?? 'latest.json'),
  /** Another tree holding built apps (apps/<app>/dist), to measure a variant against this one. */
  appRoot: env.BENCH_APP_ROOT,
  /** NODE_OPTIONS of the services and the gateway only (not of the bench's own processes). */
  systemNodeOptions: env.BENCH_SYSTEM_NODE_OPTIONS,
};
/** The growth reads: one connection, half a scenario's duration. */
const GROWTH_RUN = { connections: 1, duration: Math.max(3, Math.round(settings.durationSeconds / 2)) };
const unknownScenarios = settings.scenarios.filter((name) => !(name in SCENARIO_LABELS));
if (unknownScenarios.length > 0) throw new Error(`BENCH_SCENARIOS: unknown ${unknownScenarios.join(', ')}`);
const wanted = (name) => settings.scenarios.length === 0 || settings.scenarios.includes(name);
mkdirSync(settings.logDir, { recursive: true });
mkdirSync(path.dirname(settings.output), { recursive: true });
if (settings.cpuProfile.length > 0) mkdirSync(settings.profileDir, { recursive: true });

const startedAt = new Date();
const clock = Date.now();
const log = (message) => console.log(`[bench ${((Date.now() - clock) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const processes = [];
/** Where the handler histograms are scraped: every process started, or only the gateway of a running system. */
const metricSources = [];
const interruption = new AbortController();
let lagConsumer;
/** The bus the system under test runs on: the bench's own secured nats-server, or the running system's (shared NATS). */
let systemBus = { url: settings.natsUrl, options: {}, stop: async () => undefined };
let loadChild;
let profiler;

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interruption.signal.aborted) return;
    log(`${signal}: stopping and cleaning up`);
    interruption.abort(new Error('interrupted'));
    loadChild?.kill('SIGTERM');
  });
}

try {
  const results = await main();
  writeFileSync(settings.output, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${results.table}\n`);
  log(`results in ${path.relative(root, settings.output)}`);
} catch (error) {
  console.error(`[bench] failed: ${error?.stack ?? error}`);
  console.error(`[bench] process logs in ${settings.logDir}`);
  process.exitCode = 1;
} finally {
  await lagConsumer?.stop().catch(() => undefined);
  profiler?.close();
  await stopAll(processes);
  await systemBus.stop();
  await removeBenchData(settings).catch((error) => console.error(`[bench] cleanup: ${error.message}`));
  if (process.exitCode !== 1 && env.BENCH_KEEP_LOGS !== 'true') rmSync(workDir, { recursive: true, force: true });
  else console.error(`[bench] process logs kept in ${settings.logDir}`);
}

async function main() {
  log(`run ${id}: ${external ? `system at ${external}` : 'starting the services and the gateway'}`);
  if (!external) systemBus = await startSystemBus(settings);
  const system = external ? { url: external.replace(/\/$/, ''), processes: [] } : await startChaman(settings, systemBus);
  processes.push(...system.processes);
  // The gateway's metrics are on their own port (METRICS_PORT, default 9464), not the API's.
  const externalMetrics = () => env.BENCH_GATEWAY_METRICS_URL ?? `${new URL(system.url).origin.replace(/:\d+$/, '')}:9464/metrics`;
  metricSources.push(...(external ? [{ name: 'gateway', metricsUrl: externalMetrics() }] : system.processes));
  const baseline = await startBaseline(settings);
  processes.push(...baseline.processes);
  const api = new HttpClient(system.url, interruption.signal);
  if (settings.cpuProfile.length > 0) {
    profiler = new CpuProfiler(settings.profileDir);
    for (const proc of processes.filter((candidate) => candidate.inspectPort)) await profiler.attach(proc.name, proc.inspectPort);
  }
  const scenarios = {};

  log('seeding through the gateway');
  const sizes = populationSizes(settings.scale);
  const world = await seedPopulation(api, sizes, { concurrency: settings.seedConcurrency, runId: id, log });
  abortIfInterrupted();

  // Reads at 1×: the tokens, senders and enterprises every read scenario rotates through.
  const tokens = world.enterprises.map((enterprise) => enterprise.token);
  const tokenOf = new Map(world.enterprises.map((enterprise, index) => [enterprise.number, index]));
  const readTargets = {
    me: sample(world.enterprises, 300, world.random).map((enterprise) => ({
      method: 'GET',
      path: '/api/v1/me',
      token: tokenOf.get(enterprise.number),
    })),
    sender: sample(world.senders, 500, world.random).map((sender) => ({
      method: 'GET',
      path: `/api/v1/enterprises/${sender.enterprise.number}/senders/${sender.senderNumber}`,
      token: tokenOf.get(sender.enterprise.number),
    })),
    listDelegations: listedEnterprises(world).map((enterprise) => ({
      method: 'GET',
      path: `/api/v1/enterprises/${enterprise.number}/delegations?limit=20`,
      token: tokenOf.get(enterprise.number),
    })),
  };
  const delegations1x = world.delegations.length;
  const listedAverage1x = averageListed(world);
  const reads = Object.keys(readTargets).filter(wanted);
  for (const name of reads) scenarios[name] = await load(name, system.url, { tokens, targets: readTargets[name], warmup: true });
  // Growth is judged on one connection: the work of one request, without the queueing a saturated run adds
  // (which moves with anything else the machine is doing).
  const at1x = {};
  for (const name of reads) at1x[name] = await load(`${name}At1x`, system.url, { tokens, targets: readTargets[name], ...GROWTH_RUN });

  scenarios.baseline = await load('baseline', baseline.url, {
    tokens: [],
    targets: world.accounts.slice(0, 200).map((account) => ({
      method: 'POST',
      path: '/baseline/commands',
      body: requestBody({ account, intermediary: world.intermediaries[0] }),
    })),
    warmup: true,
  });

  // Tokens: distinct REST clients, each request a client assertion with a fresh jti, as many as the baseline's rate
  // could carry, signed just before the run (an assertion lives less than 5 minutes).
  if (wanted('token'))
    scenarios.token = await load('token', system.url, {
      tokens,
      targets: tokenRequests(
        await seedTokenClients(api, world, Math.min(world.accounts.length, Math.round(50 * settings.scale)), {
          concurrency: settings.seedConcurrency,
          log,
        }),
        Math.ceil(scenarios.baseline.requestsPerSecond * settings.durationSeconds * 1.1) + 500,
      ),
      fallback: readTargets.me[0],
      mode: 'once',
    });

  // Writes: each POST goes to a fresh (account, intermediary) pair, so none is a 409; as many as the
  // baseline's rate could carry (the gateway cannot beat it), and the unused pairs are given back.
  lagConsumer = await startLagConsumer({
    natsUrl: systemBus.url,
    natsOptions: systemBus.options,
    subjectPrefix: settings.systemSubjectPrefix,
    durable: `bench_lag_${id}`,
  });
  const postPairs = world.freshPairs(
    Math.min(Math.ceil(scenarios.baseline.requestsPerSecond * settings.durationSeconds * 1.1) + 500, Math.floor(world.freeCapacity / 3)),
  );
  if (wanted('postDelegation'))
    scenarios.postDelegation = await load('postDelegation', system.url, {
      tokens,
      targets: postPairs.map((pair) => ({
        method: 'POST',
        path: `/api/v1/enterprises/${pair.account.company.number}/delegations`,
        token: tokenOf.get(pair.account.company.number),
        body: requestBody(pair),
      })),
      fallback: readTargets.me[0],
      mode: 'once',
      idempotencyKeys: true,
      recordIds: true,
    });
  world.release(postPairs.slice(scenarios.postDelegation?.targetsUsed ?? 0));
  const posted = scenarios.postDelegation?.recorded ?? [];
  for (const view of posted) world.addDelegation({ ...view, status: 'PENDING', initiatedBy: 'COMPANY' });

  // Accept targets: the requests just made, topped up so that a somewhat faster accept does not run out.
  const wantedPending = Math.max(Math.round(1_000 * settings.scale), Math.ceil(posted.length * 1.25)) + PACED_LAG_EVENTS;
  const started = Date.now();
  const topUp = await createPendingDelegations(api, world, Math.max(0, wantedPending - posted.length), {
    concurrency: settings.seedConcurrency,
  });
  log(`  ${topUp.length} more pending requests to accept in ${seconds(started)}`);
  const pending = [...posted, ...topUp];
  const paced = pending.splice(0, PACED_LAG_EVENTS);
  const acceptTarget = (view) => ({
    method: 'POST',
    path: `/api/v1/enterprises/${view.intermediaryEnterpriseNumber}/delegations/${view.id}/accept`,
    token: tokenOf.get(view.intermediaryEnterpriseNumber),
    body: {},
  });
  if (wanted('acceptDelegation'))
    scenarios.acceptDelegation = await load('acceptDelegation', system.url, {
      tokens,
      targets: pending.map(acceptTarget),
      fallback: readTargets.me[0],
      mode: 'once',
      idempotencyKeys: true,
      recordIds: true,
    });
  const underLoad = lagSummary(await lagConsumer.lagsOf(scenarios.acceptDelegation?.recorded ?? []));
  // Replacing a sender's technical contact: every sender twice in turn, so each PUT changes the person.
  if (wanted('putContact'))
    scenarios.putContact = await load('putContact', system.url, {
      tokens,
      targets: [0, 1].flatMap((turn) =>
        readTargets.sender.map((target, index) => ({
          method: 'PUT',
          path: `${target.path}/contact`,
          token: target.token,
          body: replacementContact(index, turn),
        })),
      ),
    });
  const pacedLag = {
    rate: PACED_LAG_RATE,
    ...lagSummary(await lagConsumer.lagsOf(await pacedAccepts(api, paced.map(acceptTarget), tokens))),
  };
  await lagConsumer.stop();
  lagConsumer = null;
  log(`  event lag under load p50 ${underLoad.p50} ms p99 ${underLoad.p99} ms; paced p50 ${pacedLag.p50} ms p99 ${pacedLag.p99} ms`);
  abortIfInterrupted();

  // Growth: the same reads once the data holds ten times the delegations it held at the 1× reads (or as many
  // as BENCH_GROWTH_SECONDS of requests made: the report then says the factor reached).
  const missing = reads.length > 0 ? Math.max(0, 10 * delegations1x - world.delegations.length) : 0;
  const grown = Date.now();
  const added = await createPendingDelegations(api, world, missing, {
    concurrency: settings.seedConcurrency,
    until: grown + settings.growthSeconds * 1000,
  });
  log(
    `growth: ${added.length} more delegations in ${seconds(grown)} (${world.delegations.length} = ${(world.delegations.length / delegations1x).toFixed(1)}× the 1× count)`,
  );
  const at10x = {};
  for (const name of reads) at10x[name] = await load(`${name}At10x`, system.url, { tokens, targets: readTargets[name], ...GROWTH_RUN });

  const memory = {};
  for (const proc of processes) memory[proc.name] = memoryOf(proc.pid);
  const results = {
    runId: id,
    startedAt: startedAt.toISOString(),
    totalSeconds: Math.round((Date.now() - clock) / 1000),
    machine: machine(),
    settings: {
      system: external ? 'external' : 'spawned',
      appRoot: settings.appRoot ?? '.',
      systemNodeOptions: settings.systemNodeOptions ?? '',
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      scale: settings.scale,
      logLevel: settings.logLevel,
    },
    population: {
      enterprises: world.enterprises.length,
      senders: world.senders.length,
      restAccounts: world.accounts.length,
      delegationsAt1x: delegations1x,
      delegationsAt10x: world.delegations.length,
    },
    scenarios: Object.fromEntries(Object.entries(scenarios).map(([name, run]) => [name, withoutRecords(run)])),
    eventLag: { underLoad, paced: pacedLag },
    memory,
    growth: {
      labels: Object.fromEntries(reads.map((name) => [name, SCENARIO_LABELS[name]])),
      delegations1x,
      delegations10x: world.delegations.length,
      listedAverage1x,
      listedAverage10x: averageListed(world),
      at1x: Object.fromEntries(Object.entries(at1x).map(([name, run]) => [name, withoutRecords(run)])),
      at10x: Object.fromEntries(Object.entries(at10x).map(([name, run]) => [name, withoutRecords(run)])),
      ratios: Object.fromEntries(
        reads.map((name) => [
          name,
          { p50: at10x[name].latency.p50 / at1x[name].latency.p50, p99: at10x[name].latency.p99 / at1x[name].latency.p99 },
        ]),
      ),
    },
    failedRequests: [...Object.values(scenarios), ...Object.values(at1x), ...Object.values(at10x)].reduce(
      (sum, run) => sum + failed(run),
      0,
    ),
  };
  results.targets = evaluate(results);
  results.table = markdown(results);
  return results;
}

/** Accepts at a steady, light rate from this process, noting when each response arrived. */
async function pacedAccepts(api, targets, tokens) {
  const start = performance.now();
  const responses = [];
  await inPool(targets, 8, async (target, index) => {
    const due = start + (index * 1000) / PACED_LAG_RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const view = await api.expect(200, 'POST', target.path, { token: tokens[target.token], body: target.body });
    responses.push({ id: view.id, at: performance.timeOrigin + performance.now() });
  });
  return responses;
}

/** One autocannon run in a child process (after an unmeasured warm-up for reads); returns its summary. */
async function load(
  name,
  url,
  {
    tokens,
    targets,
    fallback,
    mode = 'cycle',
    idempotencyKeys = false,
    recordIds = false,
    warmup = false,
    connections = settings.connections,
    duration = settings.durationSeconds,
  },
) {
  abortIfInterrupted();
  const targetsFile = path.join(workDir, `${name}.targets.json`);
  writeFileSync(targetsFile, JSON.stringify({ tokens, targets, fallback }));
  const spec = { url, connections, targetsFile, mode, idempotencyKeys, recordIds };
  // Events of the previous phase still being consumed would be measured as this scenario's cost.
  const quiet = await waitForQuietEvents({
    natsUrl: systemBus.url,
    natsOptions: systemBus.options,
    subjectPrefix: settings.systemSubjectPrefix,
  });
  if (!quiet.settled) log(`  (events still pending after ${quiet.waitedMs} ms; measuring anyway)`);
  else if (quiet.waitedMs > 1_000) log(`  waited ${(quiet.waitedMs / 1000).toFixed(1)} s for the event consumers to catch up`);
  if (warmup && settings.warmupSeconds > 0) await inChild({ ...spec, duration: settings.warmupSeconds });
  await profiler?.start();
  const handlersBefore = await scrapeHandlers(metricSources);
  const cpuBefore = cpuTimes();
  const run = await inChild({ ...spec, duration });
  run.cpuMsPerRequest = cpuPerRequest(cpuBefore, cpuTimes(), run.requestsTotal);
  run.handlers = handlerBreakdown(handlersBefore, await scrapeHandlers(metricSources), run.requestsTotal, settings.systemSubjectPrefix);
  if (profiler) {
    run.profile = await profiler.stop(name);
    // CPU each process spent per completed request: where a request's cost lands.
    for (const summary of Object.values(run.profile))
      summary.cpuMsPerRequest = Math.round((100 * summary.busyMs) / Math.max(run.requestsTotal, 1)) / 100;
  }
  const label = SCENARIO_LABELS[name] ?? name;
  log(
    `${label.padEnd(34)} ${String(Math.round(run.requestsPerSecond)).padStart(6)} req/s  p50 ${run.latency.p50} ms  p99 ${run.latency.p99} ms  max ${run.latency.max} ms  failed ${failed(run)}${run.exhausted ? '  (targets ran out)' : ''}`,
  );
  for (const failure of run.failures) log(`    ${failure.status}: ${failure.body}`);
  for (const [process, operations] of Object.entries(run.handlers)) {
    log(
      `    ${process}: ${Object.entries(operations)
        .map(([operation, { callsPerRequest, meanMs }]) => `${operation} ×${callsPerRequest} ${meanMs} ms`)
        .join(', ')}`,
    );
  }
  for (const [process, summary] of Object.entries(run.profile ?? {})) {
    log(
      `    ${process}: busy ${summary.busyPercent}%, ${summary.cpuMsPerRequest} ms CPU/request — ${summary.selfTimeOfBusy
        .slice(0, 6)
        .map(({ part, percent }) => `${part} ${percent}%`)
        .join(', ')}`,
    );
  }
  return run;
}

function cpuTimes() {
  const times = Object.fromEntries(processes.map((proc) => [proc.name, cpuTimeOf(proc.pid)]));
  for (const [server, byPid] of Object.entries(serverCpuTimes())) times[`${server}*`] = byPid;
  return times;
}

/**
 * CPU (user + system, from /proc) each process spent per completed request of the run; `postgres*` and
 * `nats-server*` sum every process of that name present before and after (shared with whatever else runs).
 */
function cpuPerRequest(before, after, requests) {
  const spent = (name) => {
    if (after[name] instanceof Map)
      return [...after[name]].reduce((sum, [pid, time]) => sum + (before[name].has(pid) ? time - before[name].get(pid) : 0), 0);
    return after[name] !== null && before[name] !== null ? after[name] - before[name] : null;
  };
  return Object.fromEntries(
    Object.keys(after)
      .map((name) => [name, spent(name)])
      .filter(([, time]) => time !== null)
      .map(([name, time]) => [name, Math.round((100 * time) / Math.max(requests, 1)) / 100]),
  );
}

function inChild(spec) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'load-worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    loadChild = child;
    child.once('message', (message) => (message.ok ? resolve(message.result) : reject(new Error(message.error))));
    child.once('exit', (code, signal) => {
      loadChild = null;
      if (code !== 0) reject(new Error(`load worker exited with ${signal ?? code}`));
    });
    child.send(spec);
  });
}

function replacementContact(index, turn) {
  return {
    firstName: turn ? 'Lotte' : 'Jonas',
    lastName: `Contact${index}`,
    email: `contact.${index}.${turn}@example.be`,
    language: turn ? 'nl' : 'fr',
  };
}

/** The enterprises the list scenario reads: the ten largest intermediaries and fifty companies. */
function listedEnterprises(world) {
  return [...world.intermediaries.slice(0, 10), ...world.companies.slice(0, 50)];
}

function averageListed(world) {
  const listed = listedEnterprises(world);
  return listed.reduce((sum, enterprise) => sum + (world.perEnterprise.get(enterprise.number) ?? 0), 0) / listed.length;
}

function sample(list, count, random) {
  return shuffled(list, random).slice(0, count);
}

function withoutRecords({ recorded, ...run }) {
  return run;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1e9),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

function number(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function abortIfInterrupted() {
  interruption.signal.throwIfAborted();
}
