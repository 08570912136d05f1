import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** One registry per process role (several can share a process in tests, so no global registry). */
export function createServiceMetrics(component: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ component });
  collectDefaultMetrics({ register: registry });
  const handlerDuration = new Histogram({
    name: 'chaman_handler_duration_seconds',
    help: 'Time spent handling one request (bus subject or HTTP route), by outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  // Alert on any increase: each is something the bus or a peer should never have sent (see docs/security.md).
  const securityAlerts = new Counter({
    name: 'chaman_security_alerts_total',
    help: 'Events refused as inauthentic, delegation events that disagreed with what was known, grants closed because their event was parked.',
    labelNames: ['alert'] as const,
    registers: [registry],
  });
  // Refused tokens (invalidAccessToken, expiredAccessToken), failed logins (loginFailed), and every other problem answered.
  const problems = new Counter({
    name: 'chaman_problems_total',
    help: 'Problems answered over HTTP, by problem code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  return { registry, handlerDuration, securityAlerts, problems };
}

export type ServiceMetrics = ReturnType<typeof createServiceMetrics>;
