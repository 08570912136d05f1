import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * Starts OpenTelemetry tracing for one process when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (off otherwise):
 * HTTP and PostgreSQL statements by the official instrumentations, bus hops by libs/platform through the
 * W3C `traceparent` NATS header, all exported over OTLP/HTTP. It must run before `pg` or `http` is loaded,
 * so each app imports its `telemetry.ts` first.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): NodeSDK | null {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return null;
  const sdk = new NodeSDK({
    serviceName,
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [new HttpInstrumentation(), new PgInstrumentation({ requireParentSpan: true })],
  });
  sdk.start();
  // Nest's shutdown hooks end the process on SIGTERM: flush what is buffered first.
  process.once('SIGTERM', () => void sdk.shutdown().catch(() => undefined));
  return sdk;
}
