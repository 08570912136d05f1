import {
  type EventDefinition,
  prefixedStreamName,
  prefixedSubject,
  SERVICE_NAMES,
  type ServiceName,
  type StreamDefinition,
  Streams,
} from '@chaman/contracts';
import { DEFAULT_AUDIENCE, DEV_ISSUER, type GatewayConfig, gatewayMetricsUrl, startGateway } from '@chaman/gateway';
import { databaseUrl, ensureStream } from '@chaman/platform';
import { dropDatabasesAndRoles, infrastructureFromEnv } from '@chaman/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client, type QueryResultRow } from 'pg';
import { ApiClient } from '../api-client';
import { NatsServerProcess } from './nats-server-process';
import { PostgresProcess } from './postgres-process';
import { ServiceProcess } from './service-process';
import { started } from './started';

export interface ProcessSystemOptions {
  services?: readonly ServiceName[];
  /** A PostgreSQL of the test's own (to stop it); otherwise the tests' shared server with this system's databases. */
  ownPostgres?: boolean;
  /** The own PostgreSQL's administrator password: that server then checks every role's password instead of trusting. */
  postgresPassword?: string;
  busTimeoutMs?: number;
  serviceEnv?: Record<string, string>;
  /** False: no gateway in this process (the web system runs gateways as processes of their own). */
  inProcessGateway?: boolean;
}

/**
 * The system with every piece a fault test may break started by the test itself: its own nats-server,
 * optionally its own PostgreSQL, each service as a child process, and the gateway in this process in front.
 */
export class ProcessSystem {
  readonly id = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  readonly subjectPrefix = this.id;
  readonly databaseNamePrefix = `chaman_test_${this.id}`;
  readonly services = new Map<ServiceName, ServiceProcess>();
  nats!: NatsServerProcess;
  postgres: PostgresProcess | null = null;
  gateway: NestFastifyApplication | null = null;
  api!: ApiClient;

  constructor(readonly options: ProcessSystemOptions) {}

  get busTimeoutMs(): number {
    return this.options.busTimeoutMs ?? 2_000;
  }

  /** The PostgreSQL server the services use. */
  get databaseUrl(): string {
    return this.postgres?.url ?? infrastructureFromEnv().databaseUrl;
  }

  service(name: ServiceName): ServiceProcess {
    const service = this.services.get(name);
    if (!service) throw new Error(`${name}-service is not part of this system`);
    return service;
  }

  async start(): Promise<void> {
    this.nats = await NatsServerProcess.start(this.subjectPrefix);
    if (this.options.ownPostgres) this.postgres = await PostgresProcess.start(this.options.postgresPassword);
    const names = this.options.services ?? SERVICE_NAMES;
    await this.provisionStreamsOfAbsentServices(names);
    for (const name of names) {
      this.services.set(
        name,
        await ServiceProcess.create(name, {
          natsUrl: this.nats.url,
          natsCredentialsFile: this.nats.bus.credentialFiles[name],
          subjectPrefix: this.subjectPrefix,
          databaseAdminUrl: this.databaseUrl,
          databaseNamePrefix: this.databaseNamePrefix,
          env: { DELEGATION_EXPIRY_SWEEP_MS: '0', ...this.options.serviceEnv },
        }),
      );
    }
    // Started together: each spends its first seconds loading modules.
    await Promise.all([...this.services.values()].map((service) => service.start()));
    if (this.options.inProcessGateway === false) return;
    this.gateway = await startGateway(testGatewayConfig(this.nats, this.subjectPrefix, this.busTimeoutMs));
    this.api = new ApiClient(gatewayUrl(this.gateway), gatewayMetricsUrl(this.gateway));
  }

  /**
   * A partial system stands for one whose other services ran before: their streams exist, each made by its owner with
   * its own credentials (a reader may not create another service's stream; it would wait for the owner).
   */
  private async provisionStreamsOfAbsentServices(started: readonly ServiceName[]): Promise<void> {
    for (const owner of SERVICE_NAMES.filter((name) => !started.includes(name))) {
      const connection = await this.nats.connectAs(owner);
      try {
        await ensureStream(await connection.jetstreamManager(), this.subjectPrefix, Streams[owner]);
      } finally {
        await connection.close();
      }
    }
  }

  /** Runs one statement on a service's own database (a fresh connection each time). */
  async query<Row extends QueryResultRow = QueryResultRow>(service: ServiceName, sql: string, params: unknown[] = []): Promise<Row[]> {
    const client = await this.connect(service);
    try {
      return (await client.query<Row>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  /** A connection to a service's own database, for a test that holds a transaction open; the caller ends it. */
  async connect(service: ServiceName): Promise<Client> {
    const client = new Client({
      connectionString: databaseUrl(this.databaseUrl, this.service(service).databaseName),
      connectionTimeoutMillis: 5_000,
    });
    await client.connect();
    return client;
  }

  /** How many messages a stream of this system holds (duplicates included, were there any). */
  /** The messages on a stream, or only those of the given event types (what a filtered durable receives). */
  async streamMessageCount(stream: StreamDefinition, events?: readonly EventDefinition<unknown>[]): Promise<number> {
    const connection = await this.nats.connectAs('monitor');
    try {
      const manager = await connection.jetstreamManager();
      const name = prefixedStreamName(this.subjectPrefix, stream.name);
      if (!events) return (await manager.streams.info(name)).state.messages;
      const wanted = new Set(events.map((definition) => prefixedSubject(this.subjectPrefix, definition.subject)));
      const { state } = await manager.streams.info(name, { subjects_filter: prefixedSubject(this.subjectPrefix, stream.subjects) });
      return Object.entries(state.subjects ?? {}).reduce((sum, [subject, count]) => sum + (wanted.has(subject) ? count : 0), 0);
    } finally {
      await connection.close();
    }
  }

  /** How many deliveries a durable consumer has made so far (redeliveries included). */
  async consumerDeliveries(stream: StreamDefinition, durable: string): Promise<number> {
    const connection = await this.nats.connectAs('monitor');
    try {
      const info = await (await connection.jetstreamManager()).consumers.info(prefixedStreamName(this.subjectPrefix, stream.name), durable);
      return info.delivered.consumer_seq;
    } finally {
      await connection.close();
    }
  }

  /** Ids of every event a service committed to its outbox, and how many still wait for the relay. */
  async outbox(service: ServiceName): Promise<{ ids: string[]; unpublished: number }> {
    const rows = await this.query<{ id: string; published: boolean }>(
      service,
      'select id, published_at is not null as published from outbox_event order by sequence',
    );
    return { ids: rows.map((row) => row.id), unpublished: rows.filter((row) => !row.published).length };
  }

  /** Stops everything it started and removes its databases, roles, streams and folders. */
  async stop(): Promise<void> {
    // The gateway and services close their NATS connections quickly only while NATS answers.
    await this.nats?.start().catch(() => undefined);
    await this.postgres?.start().catch(() => undefined);
    await this.gateway?.close().catch(() => undefined);
    await Promise.all([...this.services.values()].map((service) => service.kill()));
    if (!this.postgres)
      await dropDatabasesAndRoles(
        this.databaseUrl,
        [...this.services.values()].map((service) => service.databaseName),
      );
    await this.postgres?.dispose();
    await this.nats?.dispose();
  }
}

export function startProcessSystem(options: ProcessSystemOptions = {}): Promise<ProcessSystem> {
  return started(new ProcessSystem(options));
}

/** A gateway of a test system on a free loopback port, in development mode, in front of `nats`. */
export function testGatewayConfig(nats: NatsServerProcess, subjectPrefix: string, busTimeoutMs: number): GatewayConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    natsUrl: nats.url,
    natsCredentials: nats.credentials('gateway'),
    subjectPrefix,
    // Faults make the gateway warn about every refused call, on purpose: only errors are worth reading here.
    logLevel: process.env.CHAMAN_TEST_LOG_LEVEL ?? 'error',
    busTimeoutMs,
    devMode: true,
    jwt: { issuer: DEV_ISSUER, audience: DEFAULT_AUDIENCE },
    bodyLimitBytes: 64 * 1024,
    rateLimitPerMinute: 1_000_000,
    metricsPort: 0,
  };
}

export function gatewayUrl(gateway: NestFastifyApplication): string {
  return `http://127.0.0.1:${(gateway.getHttpServer().address() as AddressInfo).port}`;
}
