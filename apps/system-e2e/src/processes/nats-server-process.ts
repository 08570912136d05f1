import { type BusClientName, natsAuthOptions, type NatsCredentialsFile, type SecuredBus, writeSecuredBus } from '@chaman/platform';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from 'nats';
import { exitOf, OutputTail, track } from './child-registry';
import { freePort } from './free-port';
import { pollUntil } from './poll-until';

/**
 * A nats-server of the test's own, secured as production is (the configuration generated from the bus
 * permissions, one NKEY per client), on the loopback interface, a free port and a temporary store: the test
 * may stop it (an outage) and start it again on the same port and store (streams survive).
 */
export class NatsServerProcess {
  private child: ChildProcess | null = null;
  private readonly output = new OutputTail(30);

  private constructor(
    readonly port: number,
    private readonly dir: string,
    readonly bus: SecuredBus,
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

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** A client's credentials on this server. */
  credentials(client: BusClientName): NatsCredentialsFile {
    return this.bus.credentials[client];
  }

  /** Connects as one client (or with no credentials at all). */
  connectAs(client: BusClientName | null, options: { reconnect?: boolean } = {}): Promise<NatsConnection> {
    return connect({ servers: this.url, reconnect: options.reconnect ?? false, timeout: 5_000, ...natsAuthOptions(client ? this.credentials(client) : undefined) });
  }

  /** Starts the server and waits (bounded) until JetStream answers. */
  async start(): Promise<void> {
    if (this.running) return;
    const binary = process.env.NATS_SERVER_BIN ?? 'nats-server';
    const child = spawn(binary, ['-c', this.bus.configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = track(child);
    child.stdout!.on('data', (chunk) => this.output.push(chunk));
    child.stderr!.on('data', (chunk) => this.output.push(chunk));
    child.once('error', (error) => this.output.push(`spawn failed: ${error.message}`));
    await pollUntil(() => this.jetStreamAnswers(), {
      what: `nats-server on port ${this.port} with JetStream`,
      timeoutMs: 30_000,
      abortIf: () => (this.running ? undefined : `nats-server exited: ${this.output.text()}`),
    });
  }

  /** Stops the server: SIGKILL is a crash (clients see the connection drop), SIGTERM a clean stop. */
  async stop(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    child.kill(signal);
    await exitOf(child);
    this.child = null;
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async jetStreamAnswers(): Promise<boolean> {
    const connection = await this.connectAs('monitor', { reconnect: false });
    try {
      await (await connection.jetstreamManager({ timeout: 1_000 })).getAccountInfo();
      return true;
    } finally {
      await connection.close();
    }
  }
}
