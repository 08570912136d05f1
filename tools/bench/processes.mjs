// Child processes of the bench: spawning with logs to files, waiting for readiness, peak memory, stopping.
import { fork, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node script` with its output in `<logDir>/<name>.log`; an early exit is reported by `exited`. */
export function startNode(name, script, { env, logDir, nodeArgs = [], ipc = false }) {
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  const stdio = ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'];
  const child = ipc ? fork(script, [], { env, execArgv: nodeArgs, stdio }) : spawn(process.execPath, [...nodeArgs, script], { env, stdio });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { name, child, pid: child.pid, exited, logFile: path.join(logDir, `${name}.log`) };
}

/** Polls `url` until it answers 200, or fails with the process's last log lines if it exits or takes too long (3 min: four NestJS processes starting together on a busy 2-core machine). */
export async function waitForHttp(proc, url, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  void proc.exited.then((outcome) => (exited = outcome));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${proc.name} exited (${exited.signal ?? exited.code}) before it was ready:\n${tail(proc.logFile)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${proc.name} not ready at ${url} within ${timeoutMs} ms:\n${tail(proc.logFile)}`);
}

/** Waits for the first IPC message of a forked child (its "ready"). */
export function waitForMessage(proc, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${proc.name} did not report ready:\n${tail(proc.logFile)}`)), timeoutMs);
    proc.child.once('message', (message) => {
      clearTimeout(timer);
      resolve(message);
    });
    void proc.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${proc.name} exited (${signal ?? code}):\n${tail(proc.logFile)}`));
    });
  });
}

/** SIGTERM, then SIGKILL after `graceMs`. */
export async function stopProcess(proc, graceMs = 10_000) {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}

/** `VmHWM` (peak resident set over the process's life) and `VmRSS` (now), in MB (10^6 bytes); null once it is gone. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const megabytes = (field) => (Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024) / 1e6;
    return { peakMB: megabytes('VmHWM'), rssMB: megabytes('VmRSS') };
  } catch {
    return null;
  }
}

/** CPU time (user + system) a live process has used so far, in ms; null once it is gone. */
export function cpuTimeOf(pid) {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * CPU time so far of every process named `postgres` or `nats-server` on this machine, by pid: the servers the
 * system shares (with anything else using them at the time, which the report says).
 */
export function serverCpuTimes() {
  const times = { postgres: new Map(), 'nats-server': new Map() };
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (times[name]) times[name].set(pid, cpuTimeOf(pid));
    } catch {
      // gone meanwhile
    }
  }
  return times;
}

/** USER_HZ: 100 on every Linux the bench runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

export function tail(file, lines = 25) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
