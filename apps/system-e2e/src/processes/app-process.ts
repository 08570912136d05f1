import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { exitOf, OutputTail, track } from './child-registry';
import { pollUntil } from './poll-until';
import { WORKSPACE_ROOT } from './service-process';

export interface AppProcessSettings {
  /** What the process is, for messages (`gateway`, `dev-identity-provider`). */
  name: string;
  /** The app's `main.ts`, relative to the workspace root. */
  entry: string;
  env: Record<string, string>;
  /** A URL that answers 200 once the app serves. */
  readyUrl: string;
}

/** An app run as `npm start` runs it, in its own Node process from source; it may be stopped and started again. */
export class AppProcess {
  private child: ChildProcess | null = null;
  private readonly output = new OutputTail();

  constructor(readonly settings: AppProcessSettings) {}

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get recentOutput(): string {
    return this.output.text();
  }

  async start(readyTimeoutMs = 90_000): Promise<void> {
    if (this.running) return;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', this.settings.entry], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.base.json'), ...this.settings.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = track(child);
    child.stdout!.on('data', (chunk) => this.output.push(chunk));
    child.stderr!.on('data', (chunk) => this.output.push(chunk));
    await pollUntil(
      async () => {
        const response = await fetch(this.settings.readyUrl, { signal: AbortSignal.timeout(3_000) });
        await response.arrayBuffer();
        return response.status === 200;
      },
      {
        what: `${this.settings.name} ready at ${this.settings.readyUrl}`,
        timeoutMs: readyTimeoutMs,
        intervalMs: 100,
        abortIf: () => (this.running ? undefined : `${this.settings.name} exited:\n${this.recentOutput}`),
      },
    );
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
}
