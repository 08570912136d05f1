import type { ServiceMetrics } from '@chaman/platform';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const listeners = new WeakMap<NestFastifyApplication, Server>();

/**
 * Prometheus `/metrics` on a port of its own (`METRICS_PORT`), never on the public one: the ingress publishes the
 * API port only, and the scraper reaches this one inside the deployment. Closed with the app.
 */
export async function listenForMetrics(app: NestFastifyApplication, metrics: ServiceMetrics, port: number, host: string): Promise<void> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  listeners.set(app, server);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onClose', async () => {
      await new Promise((resolve) => server.close(resolve));
    });
}

/** `http://<host>:<port>/metrics` of a gateway started with a metrics port, for tests and the benchmark. */
export function gatewayMetricsUrl(app: NestFastifyApplication): string | undefined {
  const address = listeners.get(app)?.address() as AddressInfo | null | undefined;
  return address ? `http://127.0.0.1:${address.port}/metrics` : undefined;
}
