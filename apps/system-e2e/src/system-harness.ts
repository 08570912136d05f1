import { accessService } from '@chaman/access-service';
import { SERVICE_NAMES, type ServiceName } from '@chaman/contracts';
import { delegationService } from '@chaman/delegation-service';
import { DEV_ISSUER, DEFAULT_AUDIENCE, type GatewayConfig, startGateway } from '@chaman/gateway';
import { type ServiceConfig, type ServiceDefinition, startService } from '@chaman/platform';
import { senderService } from '@chaman/sender-service';
import { TestScope } from '@chaman/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import { ApiClient } from './api-client';

const DEFINITIONS: Record<ServiceName, ServiceDefinition> = { access: accessService, sender: senderService, delegation: delegationService };

export interface SystemOptions {
  services?: readonly ServiceName[];
  serviceOverrides?: Partial<ServiceConfig>;
  gatewayOverrides?: Partial<GatewayConfig>;
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
    const app = await startService(DEFINITIONS[service], this.serviceConfig(service));
    this.services.set(service, app);
    return app;
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
    return { app, api: new ApiClient(`http://127.0.0.1:${port}`) };
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
