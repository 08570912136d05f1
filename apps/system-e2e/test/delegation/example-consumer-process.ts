import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RunningSystem } from '../../src';

const MAIN = join(__dirname, '../../../../examples/delegation-consumer/src/main.ts');

/** `examples/delegation-consumer` run as a downstream team would run it: its own process, configured by environment. */
export class ExampleConsumerProcess {
  readonly lines: Array<Record<string, unknown>> = [];
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;
  private waiters: Array<() => void> = [];
  private stderr = '';

  constructor(system: RunningSystem, databasePath: string, durable: string) {
    this.child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', MAIN], {
      env: {
        ...process.env,
        NATS_URL: system.scope.infrastructure.natsUrl,
        NATS_SUBJECT_PREFIX: system.scope.subjectPrefix,
        CONSUMER_NAME: durable,
        DATABASE_PATH: databasePath,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      this.lines.push(JSON.parse(line));
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        resolve(code);
        this.waiters.splice(0).forEach((wake) => wake());
      }),
    );
  }

  /** Resolves once the output satisfies `predicate`; fails if the process exits or `timeoutMs` passes first. */
  async waitFor(predicate: (lines: Array<Record<string, unknown>>) => boolean, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.lines)) {
      if (this.child.exitCode !== null) throw new Error(`example consumer exited (${this.child.exitCode}): ${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`example consumer: condition not met within ${timeoutMs} ms; ${this.lines.length} lines; ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** SIGTERM, as an orchestrator would send it: the consumer finishes the event in hand and exits cleanly. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    // A consumer that does not stop within 5 s is killed, so a failing test never leaves a process behind.
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    try {
      return await this.exited;
    } finally {
      clearTimeout(killer);
    }
  }
}
