// Where a request's time goes, hop by hop: each process's `chaman_handler_duration_seconds` histogram
// (gateway routes, bus subjects) scraped before and after a run; the difference gives, per operation,
// how many calls one request caused and how long each took on average.

const SUM = /^chaman_handler_duration_seconds_sum\{([^}]*)\} (\S+)$/;
const COUNT = /^chaman_handler_duration_seconds_count\{([^}]*)\} (\S+)$/;

export async function scrapeHandlers(processes) {
  const snapshot = {};
  await Promise.all(
    processes
      .filter((proc) => proc.metricsUrl)
      .map(async (proc) => {
        try {
          snapshot[proc.name] = parse(await (await fetch(proc.metricsUrl, { signal: AbortSignal.timeout(5_000) })).text());
        } catch {
          snapshot[proc.name] = {};
        }
      }),
  );
  return snapshot;
}

/** Per process and operation: calls per completed request and mean duration in ms, during the run. */
export function handlerBreakdown(before, after, requests, subjectPrefix) {
  const breakdown = {};
  for (const [process, operations] of Object.entries(after)) {
    for (const [operation, { count, sum }] of Object.entries(operations)) {
      const name = operation.startsWith(`${subjectPrefix}.`) ? operation.slice(subjectPrefix.length + 1) : operation;
      const calls = count - (before[process]?.[operation]?.count ?? 0);
      if (calls <= 0) continue;
      const seconds = sum - (before[process]?.[operation]?.sum ?? 0);
      (breakdown[process] ??= {})[name] = {
        callsPerRequest: round(calls / Math.max(requests, 1)),
        meanMs: round((1000 * seconds) / calls),
      };
    }
  }
  return breakdown;
}

function parse(text) {
  const operations = {};
  for (const line of text.split('\n')) {
    const sum = SUM.exec(line);
    const count = sum ? null : COUNT.exec(line);
    const match = sum ?? count;
    if (!match) continue;
    const labels = Object.fromEntries([...match[1].matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    const key = labels.outcome === 'ok' ? labels.operation : `${labels.operation} (${labels.outcome})`;
    const entry = (operations[key] ??= { count: 0, sum: 0 });
    if (sum) entry.sum += Number(match[2]);
    else entry.count += Number(match[2]);
  }
  return operations;
}

const round = (value) => Math.round(value * 100) / 100;
