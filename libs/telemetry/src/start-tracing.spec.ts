import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { tracingRequested } from './start-tracing';

describe('tracingRequested', () => {
  it.each([
    [{}, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }, true],
    [{ OTEL_TRACES_EXPORTER: 'console' }, true],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, false],
    [{ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, false],
  ])('%j → %s', (env, expected) => {
    expect(tracingRequested(env)).toBe(expected);
  });
});

describe('startTracing', () => {
  let server: Server;
  const received: { path: string; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ path: request.url ?? '', body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('exports outgoing fetch spans where the standard OTEL_* variables say, with their resource attributes', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A process of its own, as an app runs: the SDK reads the variables and patches at start (and jest's VM cannot load the exporter).
    const script = `
      const { startTracing } = require(${JSON.stringify(require.resolve('./start-tracing'))});
      const sdk = startTracing('telemetry-test');
      fetch('${url}/webhook-target').then(() => sdk.shutdown());`;
    await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      env: {
        ...process.env,
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_ENDPOINT: url,
        OTEL_TRACES_SAMPLER: 'always_on',
        OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=test',
      },
      timeout: 60_000,
    });

    const exported = received.filter((request) => request.path === '/v1/traces').map((request) => request.body);
    expect(exported.length).toBeGreaterThan(0);
    const text = exported.join('\n');
    expect(text).toContain('"service.name","value":{"stringValue":"telemetry-test"}');
    expect(text).toContain('"deployment.environment.name","value":{"stringValue":"test"}');
    expect(text).toContain('/webhook-target');
  });
});
