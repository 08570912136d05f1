import { type Clock, offsetClock } from '../clock/clock';
import { DEFAULT_SUBJECT_PREFIX, type ServiceName } from '@chaman/contracts';
import type { BusClientName } from '../bus-access/bus-clients';
import { natsCredentialsFromEnv } from '../bus/nats-credentials';
import { roleUrl } from '../database/database-url';
import type { ServiceConfig } from './service-config';

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
/** Development and tests only: the password of the service roles derived from the administrator's URL. */
const DEVELOPMENT_ROLE_PASSWORD = 'chaman-development';
const DEFAULT_HTTP_PORTS: Record<ServiceName, number> = { access: 3101, sender: 3102, delegation: 3103, notification: 3104, token: 3105 };

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/** Reads a whole-number setting, refusing anything else so a typo stops the process at start. */
export function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

export function boolFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new Error(`${name} must be true or false, got "${raw}"`);
  return raw === 'true';
}

/** Settings shared by every process that talks to the bus; `client` is its name in the bus permissions. */
export function busSettingsFromEnv(env: NodeJS.ProcessEnv = process.env, client?: BusClientName) {
  return {
    natsUrl: env.NATS_URL ?? 'nats://127.0.0.1:4222',
    natsCredentials: natsCredentialsFromEnv(env, isProduction(env), client),
    subjectPrefix: env.NATS_SUBJECT_PREFIX ?? DEFAULT_SUBJECT_PREFIX,
    logLevel: env.LOG_LEVEL ?? 'info',
    /** Replicas of the streams and key-value buckets this process creates: 3 on a three-node NATS cluster. */
    streamReplicas: intFromEnv(env, 'STREAM_REPLICAS', 1),
  };
}

type DatabaseSettings = Pick<ServiceConfig, 'databaseName' | 'databaseUrl' | 'databaseAdminUrl'>;

/** Development and tests: the service signs in as a role named after its database, which it bootstraps with `adminUrl`. */
export function developmentDatabaseSettings(adminUrl: string, databaseName: string): DatabaseSettings {
  return { databaseName, databaseUrl: roleUrl(adminUrl, databaseName, DEVELOPMENT_ROLE_PASSWORD), databaseAdminUrl: adminUrl };
}

/**
 * The service's database (`<SERVICE>_DATABASE_NAME`, else `<DATABASE_NAME_PREFIX>_<service>`) and its own role's URL
 * (`<SERVICE>_DATABASE_URL`). Production requires that URL and never gets an administrator's; elsewhere the role is
 * derived from `DATABASE_ADMIN_URL` (default: the local `postgres`), which the service bootstraps with.
 */
export function databaseSettingsFromEnv(service: ServiceName, env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  const upper = service.toUpperCase();
  const databaseName = env[`${upper}_DATABASE_NAME`] ?? `${env.DATABASE_NAME_PREFIX ?? 'chaman'}_${service}`;
  const ownUrl = env[`${upper}_DATABASE_URL`];
  if (env.DATABASE_URL && !ownUrl && !env.DATABASE_ADMIN_URL) {
    throw new Error(
      `DATABASE_URL is no longer read: set ${upper}_DATABASE_URL (the service's own role) or, in development, DATABASE_ADMIN_URL`,
    );
  }
  if (isProduction(env)) {
    if (!ownUrl) throw new Error(`${upper}_DATABASE_URL is required in production: the service signs in with a role of its own`);
    return { databaseName, databaseUrl: ownUrl };
  }
  const development = developmentDatabaseSettings(env.DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL, databaseName);
  return ownUrl ? { ...development, databaseUrl: ownUrl } : development;
}

/** The service's configuration from the environment; `<SERVICE>_…` settings override per service. */
export function serviceConfigFromEnv(service: ServiceName, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const upper = service.toUpperCase();
  return {
    service,
    ...busSettingsFromEnv(env, service),
    ...databaseSettingsFromEnv(service, env),
    httpPort: intFromEnv(env, `${upper}_HTTP_PORT`, DEFAULT_HTTP_PORTS[service]),
    httpHost: env.HTTP_HOST ?? '0.0.0.0',
    migrateOnStart: boolFromEnv(env, 'MIGRATE_ON_START', !isProduction(env)),
    maxDeliveries: intFromEnv(env, 'EVENT_MAX_DELIVERIES', 5),
    eventAckWaitMs: intFromEnv(env, 'EVENT_ACK_WAIT_MS', 30_000),
    eventBatchMax: intFromEnv(env, 'EVENT_BATCH_MAX', 64),
    ...clockFromEnv(env),
    outboxPollMs: intFromEnv(env, 'OUTBOX_POLL_MS', 1000),
    purgeIntervalMs: intFromEnv(env, 'PURGE_INTERVAL_MS', 10 * 60_000),
    idempotencyReplayHours: intFromEnv(env, 'IDEMPOTENCY_REPLAY_HOURS', 24),
  };
}

/** `CLOCK_OFFSET_MS`: a test moves a service's clock ahead (development and tests only). */
function clockFromEnv(env: NodeJS.ProcessEnv): { clock?: Clock } {
  if (env.CLOCK_OFFSET_MS === undefined) return {};
  if (isProduction(env)) throw new Error('CLOCK_OFFSET_MS moves the clock for tests: it is refused in production.');
  return { clock: offsetClock(intFromEnv(env, 'CLOCK_OFFSET_MS', 0)) };
}
