import { accessService } from '@chaman/access-service';
import { SERVICE_NAMES, type ServiceName } from '@chaman/contracts';
import { delegationService } from '@chaman/delegation-service';
import { DEV_ISSUER, DEFAULT_AUDIENCE, type GatewayConfig, gatewayMetricsUrl, startGateway } from '@chaman/gateway';
import { type ServiceConfig, type ServiceDefinition, startService } from '@chaman/platform';
import { notificationService, notificationSettingsFromEnv, type NotificationSettings } from '@chaman/notification-service';
import { senderService } from '@chaman/sender-service';
import { tokenService, tokenSettingsFromEnv, type TokenSettings } from '@chaman/token-service';
import { TestScope } from '@chaman/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import { ApiClient } from './api-client';

/** Tests that do not read mail send it nowhere (a closed port): the outbox keeps it, as in an SMTP outage. */
const QUIET_NOTIFICATIONS: NotificationSettings = {
  ...notificationSettingsFromEnv({}),
  smtpUrl: 'smtp://127.0.0.1:9',
  noticeSweepMs: 0,
  retentionSweepMs: 0,
};

export interface SystemOptions {
  services?: readonly ServiceName[];
  serviceOverrides?: Partial<ServiceConfig>;
  /** The notification-service's settings (its SMTP server, clock); by default mail goes nowhere. */
  notificationSettings?: NotificationSettings;
  gatewayOverrides?: Partial<GatewayConfig>;
  /** The token-service's settings (lifetimes, key rotation); by default the environment's defaults. */
  tokenSettings?: TokenSettings;
}

/**
 * The whole system in this test process, on its own databases, subject prefix and a free port: three
 * services on the real NATS and PostgreSQL, and the gateway in front of them.
 */
export class RunningSystem {
  readonly services = new Map<ServiceName, NestFastifyApplication>();
  gateway!: NestFastifyApplication;
  api!: ApiClient;
  private readonly replicas: NestFastifyApplication[] = [];

  constructor(
    readonly scope: TestScope,
    private readonly options: SystemOptions,
  ) {}

  serviceConfig(service: ServiceName): ServiceConfig {
    return this.scope.serviceConfig(service, this.options.serviceOverrides);
  }

  async startService(service: ServiceName): Promise<NestFastifyApplication> {
    const app = await startService(this.definitionOf(service), this.serviceConfig(service));
    this.services.set(service, app);
    return app;
  }

  private definitionOf(service: ServiceName): ServiceDefinition {
    const definitions: Record<ServiceName, () => ServiceDefinition> = {
      access: () => accessService,
      sender: () => senderService,
      delegation: () => delegationService,
      notification: () => notificationService(this.options.notificationSettings ?? QUIET_NOTIFICATIONS),
      token: () => tokenService(this.options.tokenSettings ?? tokenSettingsFromEnv({})),
    };
    return definitions[service]();
  }

  async stopService(service: ServiceName): Promise<void> {
    await this.services.get(service)?.close();
    this.services.delete(service);
  }

  gatewayConfig(): GatewayConfig {
    return {
      port: 0,
      host: '127.0.0.1',
      natsUrl: this.scope.infrastructure.natsUrl,
      subjectPrefix: this.scope.subjectPrefix,
      logLevel: process.env.CHAMAN_TEST_LOG_LEVEL ?? 'warn',
      busTimeoutMs: 3_000,
      devMode: true,
      jwt: { issuer: DEV_ISSUER, audience: DEFAULT_AUDIENCE },
      bodyLimitBytes: 64 * 1024,
      rateLimitPerMinute: 1_000_000,
      metricsPort: 0,
      ...this.options.gatewayOverrides,
    };
  }

  async startGateway(): Promise<void> {
    const { app, api } = await this.startGatewayReplica();
    this.gateway = app;
    this.api = api;
  }

  /** One more gateway on the same deployment (stopped with the system). */
  async startGatewayReplica(): Promise<{ app: NestFastifyApplication; api: ApiClient }> {
    const app = await startGateway(this.gatewayConfig());
    this.replicas.push(app);
    const { port } = app.getHttpServer().address() as AddressInfo;
    return { app, api: new ApiClient(`http://127.0.0.1:${port}`, gatewayMetricsUrl(app)) };
  }

  async stop(): Promise<void> {
    for (const replica of this.replicas.splice(0)) await replica.close();
    for (const service of [...this.services.keys()]) await this.stopService(service);
    await this.scope.dispose();
  }
}

export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const system = new RunningSystem(new TestScope(), options);
  try {
    for (const service of options.services ?? SERVICE_NAMES) await system.startService(service);
    await system.startGateway();
  } catch (error) {
    await system.stop();
    throw error;
  }
  return system;
}
