import type { ServiceName } from '@chaman/contracts';
import type { NatsCredentials } from '../bus/nats-credentials';
import type { Clock } from '../clock/clock';

/** Everything a service process needs to run; built once from the environment (or by a test harness). */
export interface ServiceConfig {
  service: ServiceName;
  natsUrl: string;
  /** This service's own credentials on a secured bus (required in production). */
  natsCredentials?: NatsCredentials;
  /** Prefix of every subject and stream name of this deployment. */
  subjectPrefix: string;
  /** PostgreSQL server URL signed in as the service's own role; the service's database name replaces any path in it. */
  databaseUrl: string;
  databaseName: string;
  /**
   * An administrator's server URL, in development and tests only: before migrating, the service bootstraps its role
   * (the user of `databaseUrl`) and its database with it. Production bootstraps in a separate step instead.
   */
  databaseAdminUrl?: string;
  /** HTTP port for liveness/readiness and Prometheus metrics (0 picks a free one), and the address it binds. */
  httpPort: number;
  httpHost: string;
  migrateOnStart: boolean;
  logLevel: string;
  /** Deliveries of one event before a durable consumer parks it. */
  maxDeliveries: number;
  /** The most events a durable consumer applies in one transaction when they have queued up. */
  eventBatchMax: number;
  /** How long an event may stay unacknowledged before redelivery: the recovery time after a consumer crash. */
  eventAckWaitMs: number;
  /** How often the outbox relay looks for rows another replica or a crash left behind. */
  outboxPollMs: number;
  /** How often expired idempotency records, published outbox rows and old processed-event ids are purged (0: never). */
  purgeIntervalMs: number;
  /** How long an Idempotency-Key replays its first answer. */
  idempotencyReplayHours: number;
  /** Copies of each stream this service owns: 1 on a single server, 3 on a three-node NATS cluster. */
  streamReplicas?: number;
  /** The service's clock (`CLOCK`); a test may hand a clock it moves. Default: the system clock. */
  clock?: Clock;
}
