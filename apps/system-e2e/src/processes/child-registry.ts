import type { ChildProcess } from 'node:child_process';

/** Children started by this test process: killed if the process exits without cleaning up (e.g. a crashed run). */
const live = new Set<ChildProcess>();
let hooked = false;

export function track(child: ChildProcess): ChildProcess {
  if (!hooked) {
    hooked = true;
    process.once('exit', () => live.forEach((orphan) => orphan.kill('SIGKILL')));
  }
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Resolves with the exit code (or signal) once `child` has exited; at once if it already has. */
export function exitOf(child: ChildProcess): Promise<number | string | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
}

/** Keeps the last lines a child wrote, to explain a failure. */
export class OutputTail {
  private readonly lines: string[] = [];

  constructor(private readonly max = 60) {}

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
