import {
  type BusClientName,
  natsAuthOptions,
  type NatsCredentialsFile,
  type SecuredBus,
  writeSecuredBus,
  writeSecuredCluster,
} from '@chaman/platform';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from 'nats';
import { OwnedChild } from './owned-child';
import { freePort } from './free-port';
import { pollUntil } from './poll-until';

/**
 * A nats-server of the test's own, secured as production is (the configuration generated from the bus
 * permissions, one NKEY per client), on the loopback interface, a free port and a temporary store: the test
 * may stop it (an outage) and start it again on the same port and store (streams survive).
 */
export class NatsServerProcess {
  private readonly child = new OwnedChild(30);

  private constructor(
    readonly port: number,
    private readonly dir: string,
    readonly bus: SecuredBus,
    /** Every node's address when this server is one node of a cluster: clients are given them all. */
    private readonly clusterServers?: string[],
  ) {}

  static async start(subjectPrefix: string): Promise<NatsServerProcess> {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'chaman-nats-'));
    const bus = writeSecuredBus({
      dir,
      servers: [`nats://127.0.0.1:${port}`],
      host: '127.0.0.1',
      port,
      storeDir: join(dir, 'store'),
      subjectPrefix,
    });
    const server = new NatsServerProcess(port, dir, bus);
    await server.start();
    return server;
  }

  /**
   * A cluster of `size` nodes secured like a single server, each node's configuration generated from the same
   * description (and the same credentials), streams replicated by the services (`STREAM_REPLICAS`).
   */
  static async startCluster(subjectPrefix: string, size = 3): Promise<NatsServerProcess[]> {
    const ports = await Promise.all(Array.from({ length: size }, () => freePort()));
    const routePorts = await Promise.all(Array.from({ length: size }, () => freePort()));
    const servers = ports.map((port) => `nats://127.0.0.1:${port}`);
    const dir = mkdtempSync(join(tmpdir(), 'chaman-nats-'));
    const buses = writeSecuredCluster({
      dir,
      servers,
      host: '127.0.0.1',
      storeDir: dir,
      subjectPrefix,
      clusterName: `${subjectPrefix}-cluster`,
      nodes: ports.map((port, index) => ({
        name: `${subjectPrefix}-n${index + 1}`,
        host: '127.0.0.1',
        port,
        routePort: routePorts[index],
        storeDir: join(dir, `store-${index + 1}`),
      })),
    });
    const nodes = buses.map((bus, index) => new NatsServerProcess(ports[index], dir, bus, servers));
    // JetStream answers on a cluster only once a majority of nodes runs: start them all, then wait.
    nodes.forEach((node) => node.spawn());
    await Promise.all(nodes.map((node) => node.waitForJetStream()));
    return nodes;
  }

  /** Where clients connect: this server, or every node of its cluster. */
  get url(): string {
    return this.clusterServers?.join(',') ?? this.ownUrl;
  }

  get ownUrl(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child.running;
  }

  /** A client's credentials on this server. */
  credentials(client: BusClientName): NatsCredentialsFile {
    return this.bus.credentials[client];
  }

  /**
   * Connects as one client (or with no credentials at all). A connection the server dropped during its handshake is
   * tried again, twice at most: on a loaded machine (a PostgreSQL of the test's own being initialised beside it) the
   * test process can miss the server's authentication timeout, and the next write fails with `EPIPE`.
   */
  async connectAs(client: BusClientName | null, options: { reconnect?: boolean } = {}): Promise<NatsConnection> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await connect({
          servers: this.url.split(','),
          reconnect: options.reconnect ?? false,
          timeout: 5_000,
          ...natsAuthOptions(client ? this.credentials(client) : undefined),
        });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (attempt >= 3 || (code !== 'EPIPE' && code !== 'ECONNRESET')) throw error;
      }
    }
  }

  /** Starts the server and waits (bounded) until JetStream answers. */
  async start(): Promise<void> {
    if (this.running) return;
    this.spawn();
    await this.waitForJetStream();
  }

  private spawn(): void {
    const binary = process.env.NATS_SERVER_BIN ?? 'nats-server';
    this.child.spawn(binary, ['-c', this.bus.configFile]);
  }

  private async waitForJetStream(): Promise<void> {
    await pollUntil(() => this.jetStreamAnswers(), {
      what: `nats-server on port ${this.port} with JetStream`,
      timeoutMs: this.clusterServers ? 60_000 : 30_000,
      abortIf: () => (this.running ? undefined : `nats-server exited: ${this.child.recentOutput}`),
    });
  }

  /** Stops the server: SIGKILL is a crash (clients see the connection drop), SIGTERM a clean stop. */
  stop(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    return this.child.stop(signal);
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async jetStreamAnswers(): Promise<boolean> {
    const connection = await connect({
      servers: this.ownUrl,
      reconnect: false,
      timeout: 2_000,
      ...natsAuthOptions(this.credentials('monitor')),
    });
    try {
      await (await connection.jetstreamManager({ timeout: 1_000 })).getAccountInfo();
      return true;
    } finally {
      await connection.close();
    }
  }
}
