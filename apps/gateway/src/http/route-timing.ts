import type { ServiceMetrics } from '@chaman/platform';
import type { FastifyInstance } from 'fastify';

/**
 * Every route's time, request in to answer out (guards included), from Fastify's own clock in one `onResponse` hook:
 * no NestJS interceptor, so a route without one of its own runs without rxjs. An answer below 400 is `ok`.
 */
export function timeRoutes(fastify: FastifyInstance, duration: ServiceMetrics['handlerDuration']): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url;
    if (route !== undefined) {
      duration.observe(
        { operation: `${request.method} ${route}`, outcome: reply.statusCode < 400 ? 'ok' : 'error' },
        reply.elapsedTime / 1000,
      );
    }
    done();
  });
}
