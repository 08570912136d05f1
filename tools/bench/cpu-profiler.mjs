// Opt-in CPU profiles of the measured windows only (BENCH_CPU_PROF=gateway,delegation,…): the processes run with
// --inspect on a loopback port, and the bench starts and stops V8's sampling profiler around each scenario.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export class CpuProfiler {
  constructor(directory) {
    this.directory = directory;
    this.sessions = new Map();
  }

  /** Connects to the inspector of `name` listening on `port`. */
  async attach(name, port) {
    const [target] = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    const socket = new WebSocket(target.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    const session = { socket, next: 1, waiting: new Map() };
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(event.data);
      const waiter = session.waiting.get(message.id);
      if (!waiter) return;
      session.waiting.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
    this.sessions.set(name, session);
    await this.call(name, 'Profiler.enable');
  }

  call(name, method, params = {}) {
    const session = this.sessions.get(name);
    const id = session.next++;
    return new Promise((resolve, reject) => {
      session.waiting.set(id, { resolve, reject });
      session.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  async start() {
    await Promise.all([...this.sessions.keys()].map((name) => this.call(name, 'Profiler.start')));
  }

  /** Stops every profile, writes `<label>.<process>.cpuprofile`, and returns where each process spent its time. */
  async stop(label) {
    const summaries = {};
    for (const name of this.sessions.keys()) {
      const { profile } = await this.call(name, 'Profiler.stop');
      writeFileSync(path.join(this.directory, `${label}.${name}.cpuprofile`), JSON.stringify(profile));
      summaries[name] = summarize(profile);
    }
    return summaries;
  }

  close() {
    for (const session of this.sessions.values()) session.socket.close();
  }
}

/** Self time by package (node_modules package, workspace project, node internals, GC, idle), in % of samples. */
export function summarize(profile, top = 12) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index + 1] ?? 0;
    total += delta;
    const key = packageOf(nodes.get(id).callFrame);
    byPackage.set(key, (byPackage.get(key) ?? 0) + delta);
  });
  const busy = total - (byPackage.get('(idle)') ?? 0);
  return {
    profiledMs: Math.round(total / 1000),
    busyMs: Math.round(busy / 1000),
    busyPercent: Math.round((100 * busy) / Math.max(total, 1)),
    selfTimeOfBusy: [...byPackage]
      .filter(([key]) => key !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, time]) => ({ part: key, percent: Math.round((1000 * time) / Math.max(busy, 1)) / 10 })),
  };
}

function packageOf({ url, functionName }) {
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName}`;
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1];
  const workspace = /\/(apps|libs)\/([^/]+)\//.exec(url);
  if (workspace) return `@chaman/${workspace[2]}`;
  if (url.startsWith('node:')) return 'node (built-in modules)';
  return url;
}
