import { type ServiceName } from '@chaman/contracts';
import { startGateway } from '@chaman/gateway';
import { databaseUrl } from '@chaman/platform';
import { dropDatabasesAndRoles, infrastructureFromEnv } from '@chaman/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { gatewayUrl, NatsServerProcess, ServiceProcess, testGatewayConfig } from '../../src/processes';

/**
 * Chaman as a platform team runs it at scale, on one machine: a three-node NATS cluster (R3 streams), `replicas`
 * processes of each service sharing its database and queue group, and several gateways in front.
 */
export class ClusterSystem {
  readonly subjectPrefix = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  readonly databaseNamePrefix = `chaman_test_${this.subjectPrefix}`;
  readonly databaseServer = infrastructureFromEnv().databaseUrl;
  nodes: NatsServerProcess[] = [];
  readonly replicas = new Map<ServiceName, ServiceProcess[]>();
  readonly gateways: NestFastifyApplication[] = [];

  constructor(private readonly options: { services: ServiceName[]; replicas: number; gateways: number; busTimeoutMs: number }) {}

  get gatewayUrls(): string[] {
    return this.gateways.map(gatewayUrl);
  }

  async start(): Promise<void> {
    this.nodes = await NatsServerProcess.startCluster(this.subjectPrefix, 3);
    const [entry] = this.nodes;
    for (const service of this.options.services) {
      const processes = await Promise.all(
        Array.from({ length: this.options.replicas }, () =>
          ServiceProcess.create(service, {
            natsUrl: entry.url,
            natsCredentialsFile: entry.bus.credentialFiles[service],
            subjectPrefix: this.subjectPrefix,
            databaseAdminUrl: this.databaseServer,
            databaseNamePrefix: this.databaseNamePrefix,
            env: { STREAM_REPLICAS: '3', DELEGATION_EXPIRY_SWEEP_MS: '0' },
          }),
        ),
      );
      this.replicas.set(service, processes);
    }
    // Every replica starts at once: they race on bootstrap (role and database) and migrations, as a rollout does.
    await Promise.all([...this.replicas.values()].flat().map((replica) => replica.start(180_000)));
    for (let index = 0; index < this.options.gateways; index += 1) {
      // Replicas given one DEV_TOKENS_SECRET sign and verify development tokens alike.
      const config = {
        ...testGatewayConfig(entry, this.subjectPrefix, this.options.busTimeoutMs),
        devTokensSecret: `${this.subjectPrefix}-replicas-share-this-secret`,
      };
      this.gateways.push(await startGateway(config));
    }
  }

  async query<Row>(service: ServiceName, sql: string, params: unknown[] = []): Promise<Row[]> {
    const client = new Client({ connectionString: databaseUrl(this.databaseServer, `${this.databaseNamePrefix}_${service}`) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as Row[];
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.start().catch(() => undefined)));
    await Promise.all(this.gateways.map((gateway) => gateway.close().catch(() => undefined)));
    await Promise.all([...this.replicas.values()].flat().map((replica) => replica.kill()));
    await dropDatabasesAndRoles(
      this.databaseServer,
      [...this.replicas.keys()].map((service) => `${this.databaseNamePrefix}_${service}`),
    );
    await Promise.all(this.nodes.map((node) => node.dispose()));
  }
}
