// Drives one scenario with autocannon in its own process (so the load generator never shares an event loop
// with what it measures) and reports a JSON summary back to the parent over IPC.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes of this machine. */
const now = () => performance.timeOrigin + performance.now();

process.once('message', async (spec) => {
  try {
    const result = await run(spec);
    process.send({ ok: true, result }, () => process.disconnect());
  } catch (error) {
    process.send({ ok: false, error: String(error?.stack ?? error) }, () => process.disconnect());
  }
});

/**
 * spec: { url, connections, duration, targetsFile, mode: 'cycle'|'once', idempotencyKeys, recordIds, overallRate? }
 * targetsFile: { tokens: string[], targets: [{ method, path, token, body?, form? }], fallback? } — `token` indexes `tokens`;
 * `form` is an already encoded application/x-www-form-urlencoded body.
 * In `once` mode each target is sent exactly once (fresh resources for writes); if they run out the run stops.
 */
async function run(spec) {
  const { tokens, targets, fallback } = JSON.parse(readFileSync(spec.targetsFile, 'utf8'));
  const prepared = targets.map((target) => prepare(target, tokens));
  let next = 0;
  let exhausted = false;
  const recorded = [];
  const failures = [];
  let instance;

  const requests = [
    {
      setupRequest(request) {
        let target;
        if (spec.mode === 'once') {
          if (next >= prepared.length) {
            if (!exhausted) {
              exhausted = true;
              setImmediate(() => instance.stop());
            }
            target = prepare(fallback, tokens);
          } else {
            target = prepared[next++];
          }
        } else {
          target = prepared[next++ % prepared.length];
        }
        const headers = { ...target.headers };
        if (spec.idempotencyKeys && target.method !== 'GET') headers['idempotency-key'] = randomUUID();
        return { ...request, method: target.method, path: target.path, headers, body: target.body };
      },
      onResponse(status, body) {
        if (status >= 200 && status < 300) {
          if (spec.recordIds) {
            const at = now();
            try {
              const view = JSON.parse(body);
              // Only the scenario's own answers (a delegation), not the fallback sent once the targets ran out.
              if (view.id)
                recorded.push({
                  id: view.id,
                  at,
                  companyEnterpriseNumber: view.companyEnterpriseNumber,
                  intermediaryEnterpriseNumber: view.intermediaryEnterpriseNumber,
                });
            } catch {
              // not JSON: nothing to match an event against
            }
          }
        } else if (failures.length < 5) {
          failures.push({ status, body: String(body).slice(0, 400) });
        }
      },
    },
  ];

  const result = await new Promise((resolve, reject) => {
    instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.duration,
        overallRate: spec.overallRate,
        timeout: 10,
        requests,
      },
      (error, output) => (error ? reject(error) : resolve(output)),
    );
  });

  return {
    // Completed requests over the elapsed time: exact even when a write run stops early.
    requestsPerSecond: result.requests.total / result.duration,
    requestsTotal: result.requests.total,
    durationSeconds: result.duration,
    latency: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      average: result.latency.average,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: result.statusCodeStats,
    targetsUsed: spec.mode === 'once' ? Math.min(next, prepared.length) : undefined,
    exhausted,
    failures,
    recorded,
  };
}

function prepare(target, tokens) {
  const headers = { accept: 'application/json' };
  if (target.token !== undefined && target.token !== null) headers.authorization = `Bearer ${tokens[target.token]}`;
  let body;
  if (target.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(target.body);
  }
  if (target.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = target.form;
  }
  return { method: target.method, path: target.path, headers, body };
}
