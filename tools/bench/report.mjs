// Turns the measured figures into the targets of issues #6 and #11 and a short markdown table.

export const TARGETS = {
  writeShareOfBaseline: 0.4,
  readShareOfBaseline: 0.6,
  eventLagP99Ms: 100,
  serviceRssMB: 200,
  growthLatencyRatio: 1.5,
  tokenShareOfBaseline: 0.5,
};

const PROCESSES = ['access', 'sender', 'delegation', 'gateway'];

export function evaluate(results) {
  const base = results.scenarios.baseline.requestsPerSecond;
  const share = (name) => results.scenarios[name].requestsPerSecond / base;
  const checks = [
    ...['me', 'sender', 'listDelegations']
      .filter((name) => results.scenarios[name])
      .map((name) => check(`${SCENARIO_LABELS[name]} ≥ 60% of baseline req/s`, share(name), (v) => v >= TARGETS.readShareOfBaseline, pct)),
    ...['postDelegation', 'acceptDelegation', 'putContact']
      .filter((name) => results.scenarios[name])
      .map((name) => check(`${SCENARIO_LABELS[name]} ≥ 40% of baseline req/s`, share(name), (v) => v >= TARGETS.writeShareOfBaseline, pct)),
    ...['token']
      .filter((name) => results.scenarios[name])
      .map((name) => check(`${SCENARIO_LABELS[name]} ≥ 50% of baseline req/s`, share(name), (v) => v >= TARGETS.tokenShareOfBaseline, pct)),
    ...(results.eventLag
      ? [
          check(
            'event lag p99 ≤ 100 ms (accept under load)',
            results.eventLag.underLoad.p99,
            (v) => v !== null && v <= TARGETS.eventLagP99Ms,
            ms,
          ),
        ]
      : []),
    ...PROCESSES.filter((name) => results.memory[name]).map((name) =>
      check(`${name} peak RSS ≤ 200 MB`, results.memory[name].peakMB, (v) => v <= TARGETS.serviceRssMB, mb),
    ),
    ...Object.entries(results.growth?.ratios ?? {}).map(([name, ratio]) =>
      check(
        `${results.growth.labels[name]} p50 at ${growthFactor(results.growth)} data ≤ 1.5× of 1×`,
        ratio.p50,
        (v) => v <= TARGETS.growthLatencyRatio,
        times,
      ),
    ),
    check('no request failed during the runs', results.failedRequests, (v) => v === 0, String),
  ];
  return checks;
}

function check(name, value, passes, format) {
  return {
    name,
    value,
    display: value === null || value === undefined ? 'n/a' : format(value),
    met: value !== null && value !== undefined && passes(value),
  };
}

export function markdown(results) {
  const base = results.scenarios.baseline.requestsPerSecond;
  const lines = [];
  lines.push(
    `Machine: ${results.machine.cpus}× ${results.machine.cpuModel}, ${results.machine.memoryGB} GB RAM, Node ${results.machine.node}; ` +
      `${results.settings.connections} connections, ${results.settings.durationSeconds} s per scenario; ${results.startedAt}.`,
  );
  lines.push('');
  lines.push('| Scenario | req/s | vs baseline | p50 ms | p99 ms | max ms | failed |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, label] of Object.entries(SCENARIO_LABELS)) {
    const run = results.scenarios[name];
    if (!run) continue;
    lines.push(
      `| ${label} | ${Math.round(run.requestsPerSecond)} | ${name === 'baseline' ? '—' : pct(run.requestsPerSecond / base)} | ${run.latency.p50} | ${run.latency.p99} | ${run.latency.max} | ${failed(run)}${run.exhausted ? ' (targets ran out)' : ''} |`,
    );
  }
  lines.push('');
  const token = results.scenarios.token;
  if (token) {
    const me = results.scenarios.me?.requestsPerSecond;
    lines.push(
      `Tokens: ${Math.round(token.requestsPerSecond)} req/s, ${pct(token.requestsPerSecond / base)} of the baseline${me ? ` and ${pct(token.requestsPerSecond / me)} of \`GET /me\`` : ''}; p99 ${token.latency.p99} ms.`,
    );
    lines.push('');
  }
  const names = [...Object.keys(results.memory), 'postgres*', 'nats-server*'];
  if (Object.keys(results.memory).length > 0) {
    lines.push('CPU per request, ms (user + system, from /proc). `*`: every process of that name on the machine, whoever it serves.');
    lines.push('');
    lines.push(`| Scenario | ${names.join(' | ')} | total |`);
    lines.push(`|---|${names.map(() => '---:').join('|')}|---:|`);
    for (const [name, label] of Object.entries(SCENARIO_LABELS)) {
      const cpu = results.scenarios[name]?.cpuMsPerRequest;
      if (!cpu) continue;
      const total = names.reduce((sum, process) => sum + (cpu[process] ?? 0), 0);
      lines.push(`| ${label} | ${names.map((process) => (cpu[process] ?? 0).toFixed(2)).join(' | ')} | ${total.toFixed(2)} |`);
    }
    lines.push('');
  }
  const lag = results.eventLag;
  if (lag) {
    lines.push(
      `Event lag, accept response → durable consumer: under load p50 ${ms(lag.underLoad.p50)}, p99 ${ms(lag.underLoad.p99)} (${lag.underLoad.events} events, ${lag.underLoad.missing} missing); ` +
        `paced at ${lag.paced.rate}/s p50 ${ms(lag.paced.p50)}, p99 ${ms(lag.paced.p99)}.`,
    );
    lines.push('');
  }
  lines.push('| Process | peak RSS MB | RSS at end MB |');
  lines.push('|---|---:|---:|');
  for (const [name, memory] of Object.entries(results.memory))
    lines.push(`| ${name} | ${Math.round(memory.peakMB)} | ${Math.round(memory.rssMB)} |`);
  lines.push('');
  if (results.growth) growthTable(lines, results.growth);
  lines.push('| Target | measured | met |');
  lines.push('|---|---:|:---:|');
  for (const target of results.targets) lines.push(`| ${target.name} | ${target.display} | ${target.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

/** Growth, one connection: the reads at 1× and at 10× the delegations. */
function growthTable(lines, growth) {
  lines.push(
    `Growth, one connection: ${growth.delegations1x} → ${growth.delegations10x} delegations (${times(growth.delegations10x / growth.delegations1x)}); the listed enterprises hold on average ${growth.listedAverage1x.toFixed(0)} → ${growth.listedAverage10x.toFixed(0)}.`,
  );
  lines.push('');
  lines.push('| Read | p50 1× | p50 10× | ratio | p99 1× | p99 10× | ratio | req/s 1× | req/s 10× |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, label] of Object.entries(growth.labels)) {
    const one = growth.at1x[name];
    const ten = growth.at10x[name];
    const ratio = growth.ratios[name];
    lines.push(
      `| ${label} | ${one.latency.p50} | ${ten.latency.p50} | ${times(ratio.p50)} | ${one.latency.p99} | ${ten.latency.p99} | ${times(ratio.p99)} | ${Math.round(one.requestsPerSecond)} | ${Math.round(ten.requestsPerSecond)} |`,
    );
  }
  lines.push('');
}

export const SCENARIO_LABELS = {
  baseline: 'baseline: Fastify → NATS → INSERT',
  me: 'GET /me',
  sender: 'GET sender',
  listDelegations: 'GET delegations?limit=20',
  postDelegation: 'POST delegation',
  acceptDelegation: 'POST delegation accept',
  putContact: 'PUT sender contact',
  token: 'POST /oauth/token (fresh jti)',
};

/** The data growth reached, e.g. `10.3×` (below 10× when BENCH_GROWTH_SECONDS ran out first). */
function growthFactor(growth) {
  return times(growth.delegations10x / growth.delegations1x);
}

export function failed(run) {
  return run.errors + run.timeouts + run.non2xx;
}

const pct = (v) => `${Math.round(v * 100)}%`;
const ms = (v) => (v === null || v === undefined ? 'n/a' : `${v} ms`);
const mb = (v) => `${Math.round(v)} MB`;
const times = (v) => `${v.toFixed(2)}×`;
