import { prefixedStreamName, SERVICE_NAMES, type ServiceName, Streams } from '@chaman/contracts';
import { developmentDatabaseSettings, type ServiceConfig } from '@chaman/platform';
import { connect } from 'nats';
import { randomBytes } from 'node:crypto';
import { dropDatabasesAndRoles } from './drop-databases';
import { infrastructureFromEnv, type TestInfrastructure } from './test-infrastructure';

/**
 * One test file's private corner of the shared infrastructure: its own subject/stream prefix and its own
 * databases (named `chaman_test_<id>_<service>`, each owned by a role of that name), removed again by `dispose()`.
 */
export class TestScope {
  readonly id = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  readonly subjectPrefix = this.id;
  readonly infrastructure: TestInfrastructure = infrastructureFromEnv();

  databaseName(service: ServiceName): string {
    return `chaman_test_${this.id}_${service}`;
  }

  serviceConfig(service: ServiceName, overrides: Partial<ServiceConfig> = {}): ServiceConfig {
    return {
      service,
      natsUrl: this.infrastructure.natsUrl,
      subjectPrefix: this.subjectPrefix,
      ...developmentDatabaseSettings(this.infrastructure.databaseUrl, this.databaseName(service)),
      httpPort: 0,
      httpHost: '127.0.0.1',
      migrateOnStart: true,
      logLevel: process.env.CHAMAN_TEST_LOG_LEVEL ?? 'warn',
      maxDeliveries: 3,
      eventAckWaitMs: 5_000,
      eventBatchMax: 64,
      outboxPollMs: 200,
      purgeIntervalMs: 0,
      idempotencyReplayHours: 24,
      ...overrides,
    };
  }

  /** Drops this scope's databases, roles and streams. */
  async dispose(): Promise<void> {
    const nats = await connect({ servers: this.infrastructure.natsUrl });
    const manager = await nats.jetstreamManager();
    for (const stream of Object.values(Streams)) {
      await manager.streams.delete(prefixedStreamName(this.subjectPrefix, stream.name)).catch(() => undefined);
    }
    await nats.close();
    await dropDatabasesAndRoles(
      this.infrastructure.databaseUrl,
      SERVICE_NAMES.map((service) => this.databaseName(service)),
    );
  }
}
