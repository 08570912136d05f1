import type { ServiceName } from '@chaman/contracts';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { exitOf, OutputTail, track } from './child-registry';
import { freePort } from './free-port';
import { pollUntil } from './poll-until';

export const WORKSPACE_ROOT = join(__dirname, '../../../..');

export interface ServiceProcessSettings {
  natsUrl: string;
  /** The service's own credential file on the secured bus. */
  natsCredentialsFile: string;
  subjectPrefix: string;
  /** An administrator of the PostgreSQL server: the service bootstraps its database `<databaseNamePrefix>_<service>` and the role of that name with it. */
  databaseAdminUrl: string;
  databaseNamePrefix: string;
  /** Extra environment (e.g. service-specific settings). */
  env?: Record<string, string>;
}

/**
 * One service run as production runs it: its own Node process started from source (`main.ts` through
 * @swc-node/register), configured by environment only, ready when its `/health/ready` says so. The test may
 * kill it (`SIGKILL`: no shutdown hook runs) and start it again on the same port, database and prefix.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private readonly output = new OutputTail();
  /** How long each start took until ready, in ms. */
  readonly startTimes: number[] = [];

  private constructor(
    readonly service: ServiceName,
    readonly httpPort: number,
    private readonly settings: ServiceProcessSettings,
  ) {}

  static async create(service: ServiceName, settings: ServiceProcessSettings): Promise<ServiceProcess> {
    return new ServiceProcess(service, await freePort(), settings);
  }

  get databaseName(): string {
    return `${this.settings.databaseNamePrefix}_${this.service}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines the process wrote (its warnings and errors), to explain a failure. */
  get recentOutput(): string {
    return this.output.text();
  }

  async start(readyTimeoutMs = 90_000): Promise<void> {
    if (this.running) return;
    const started = Date.now();
    const upper = this.service.toUpperCase();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join('apps', `${this.service}-service`, 'src', 'main.ts')], {
      cwd: WORKSPACE_ROOT,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.base.json'),
        NATS_URL: this.settings.natsUrl,
        NATS_CREDENTIALS_FILE: this.settings.natsCredentialsFile,
        NATS_SUBJECT_PREFIX: this.settings.subjectPrefix,
        DATABASE_ADMIN_URL: this.settings.databaseAdminUrl,
        DATABASE_NAME_PREFIX: this.settings.databaseNamePrefix,
        [`${upper}_DATABASE_NAME`]: this.databaseName,
        [`${upper}_HTTP_PORT`]: String(this.httpPort),
        HTTP_HOST: '127.0.0.1',
        LOG_LEVEL: process.env.CHAMAN_TEST_LOG_LEVEL ?? 'warn',
        OUTBOX_POLL_MS: '200',
        // A killed consumer's unacknowledged events come back after this, not after the 30 s default.
        EVENT_ACK_WAIT_MS: '3000',
        ...this.settings.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = track(child);
    child.stdout!.on('data', (chunk) => this.output.push(chunk));
    child.stderr!.on('data', (chunk) => this.output.push(chunk));
    await pollUntil(async () => (await this.readiness()) === 200, {
      what: `${this.service}-service ready on port ${this.httpPort}`,
      timeoutMs: readyTimeoutMs,
      intervalMs: 100,
      abortIf: () => (this.running ? undefined : `${this.service}-service exited:\n${this.recentOutput}`),
    });
    this.startTimes.push(Date.now() - started);
  }

  /** kill -9: the process gets no chance to finish anything. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGTERM (graceful shutdown), then SIGKILL if it has not exited within `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exitOf(child);
    clearTimeout(timer);
    this.child = null;
  }

  /** HTTP status of `/health/ready` (503 while its database or NATS is down), or 0 when nothing answers. */
  async readiness(): Promise<number> {
    try {
      const response = await fetch(`http://127.0.0.1:${this.httpPort}/health/ready`, { signal: AbortSignal.timeout(3_000) });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    child.kill(signal);
    await exitOf(child);
    this.child = null;
  }
}
