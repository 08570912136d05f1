import { join } from 'node:path';
import { OwnedChild } from './owned-child';
import { pollUntil } from './poll-until';

export const WORKSPACE_ROOT = join(__dirname, '../../../..');

export interface AppProcessSettings {
  /** What the process is, for messages (`gateway`, `access-service`). */
  name: string;
  /** The app's `main.ts`, relative to the workspace root. */
  entry: string;
  env: Record<string, string>;
  /** A URL that answers 200 once the app serves. */
  readyUrl: string;
}

/**
 * An app run as `npm start` runs it: its own Node process started from source (`main.ts` through
 * @swc-node/register), configured by environment only, ready when `readyUrl` answers 200. The test may stop it,
 * kill it (`SIGKILL`: no shutdown hook runs) and start it again with the same settings.
 */
export class AppProcess {
  private readonly child = new OwnedChild();
  /** How long each start took until ready, in ms. */
  readonly startTimes: number[] = [];

  constructor(readonly settings: AppProcessSettings) {}

  get running(): boolean {
    return this.child.running;
  }

  /** The last lines the process wrote (its warnings and errors), to explain a failure. */
  get recentOutput(): string {
    return this.child.recentOutput;
  }

  async start(readyTimeoutMs = 90_000): Promise<void> {
    if (this.running) return;
    const started = Date.now();
    this.child.spawn(process.execPath, ['-r', '@swc-node/register', this.settings.entry], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.base.json'), ...this.settings.env },
    });
    await pollUntil(async () => (await this.readiness()) === 200, {
      what: `${this.settings.name} ready at ${this.settings.readyUrl}`,
      timeoutMs: readyTimeoutMs,
      intervalMs: 100,
      abortIf: () => (this.running ? undefined : `${this.settings.name} exited:\n${this.recentOutput}`),
    });
    this.startTimes.push(Date.now() - started);
  }

  /** HTTP status of the ready URL (a service answers 503 while its database or NATS is down), or 0 when nothing answers. */
  async readiness(): Promise<number> {
    try {
      const response = await fetch(this.settings.readyUrl, { signal: AbortSignal.timeout(3_000) });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  }

  /** Stops the process gracefully and starts it again with these settings added (e.g. a clock moved ahead). */
  async restartWith(env: Record<string, string>): Promise<void> {
    await this.stop();
    Object.assign(this.settings.env, env);
    await this.start();
  }

  /** kill -9: the process gets no chance to finish anything. */
  kill(): Promise<void> {
    return this.child.stop('SIGKILL');
  }

  /** SIGTERM (graceful shutdown), then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs = 10_000): Promise<void> {
    return this.child.stop('SIGTERM', graceMs);
  }
}
