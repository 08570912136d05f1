import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';

/** Children started by this test process: killed if the process exits without cleaning up (e.g. a crashed run). */
const live = new Set<ChildProcess>();
let hooked = false;

function track(child: ChildProcess): ChildProcess {
  if (!hooked) {
    hooked = true;
    process.once('exit', () => live.forEach((orphan) => orphan.kill('SIGKILL')));
  }
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Resolves once `child` has exited; at once if it already has. */
function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Keeps the last lines a child wrote, to explain a failure. */
class OutputTail {
  private readonly lines: string[] = [];

  constructor(private readonly max: number) {}

  push(chunk: Buffer | string): void {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      this.lines.push(line.length > 2_000 ? `${line.slice(0, 2_000)}…` : line);
      if (this.lines.length > this.max) this.lines.shift();
    }
  }

  text(): string {
    return this.lines.join('\n');
  }
}

/**
 * A child process a test owns — a service, a gateway, a nats-server, a PostgreSQL — that it may stop in any way and
 * start again: whether it runs, the last lines it wrote, and a stop that waits for the exit.
 */
export class OwnedChild {
  private child: ChildProcess | null = null;
  private readonly output: OutputTail;

  constructor(tailLines = 60) {
    this.output = new OutputTail(tailLines);
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines the process wrote (its warnings and errors). */
  get recentOutput(): string {
    return this.output.text();
  }

  spawn(command: string, args: string[], options: SpawnOptions = {}): void {
    const child = track(spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] }));
    this.child = child;
    child.stdout!.on('data', (chunk) => this.output.push(chunk));
    child.stderr!.on('data', (chunk) => this.output.push(chunk));
    child.once('error', (error) => this.output.push(`spawn failed: ${error.message}`));
  }

  /** Sends `signal` and waits until the process has exited; SIGKILL after `graceMs` when given. */
  async stop(signal: NodeJS.Signals, graceMs?: number): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    child.kill(signal);
    const timer = graceMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exitOf(child);
    clearTimeout(timer);
    this.child = null;
  }
}
