import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

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
  return { registry, handlerDuration };
}

export type ServiceMetrics = ReturnType<typeof createServiceMetrics>;
