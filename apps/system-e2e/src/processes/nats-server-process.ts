import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { exitOf, OutputTail, track } from './child-registry';
import { freePort } from './free-port';
import { pollUntil } from './poll-until';

/**
 * A `nats-server -js` of the test's own, on the loopback interface, a free port and a temporary store:
 * the test may stop it (an outage) and start it again on the same port and store (streams survive).
 */
export class NatsServerProcess {
  private child: ChildProcess | null = null;
  private readonly output = new OutputTail(30);

  private constructor(
    readonly port: number,
    private readonly storeDir: string,
  ) {}

  static async start(): Promise<NatsServerProcess> {
    const server = new NatsServerProcess(await freePort(), mkdtempSync(join(tmpdir(), 'chaman-nats-')));
    await server.start();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the server and waits (bounded) until JetStream answers. */
  async start(): Promise<void> {
    if (this.running) return;
    const binary = process.env.NATS_SERVER_BIN ?? 'nats-server';
    const child = spawn(binary, ['-js', '-a', '127.0.0.1', '-p', String(this.port), '-sd', this.storeDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = track(child);
    child.stdout!.on('data', (chunk) => this.output.push(chunk));
    child.stderr!.on('data', (chunk) => this.output.push(chunk));
    child.once('error', (error) => this.output.push(`spawn failed: ${error.message}`));
    await pollUntil(() => this.jetStreamAnswers(), {
      what: `nats-server on port ${this.port} with JetStream`,
      timeoutMs: 15_000,
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
    rmSync(this.storeDir, { recursive: true, force: true });
  }

  private async jetStreamAnswers(): Promise<boolean> {
    const connection = await connect({ servers: this.url, reconnect: false, timeout: 1_000 });
    try {
      await (await connection.jetstreamManager({ timeout: 1_000 })).getAccountInfo();
      return true;
    } finally {
      await connection.close();
    }
  }
}
