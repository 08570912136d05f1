import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * Whether the operator asked for traces, in OpenTelemetry's own words: an OTLP endpoint or a traces exporter, and not
 * `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`. Off otherwise, so that a laptop exports nowhere.
 */
export function tracingRequested(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = env.OTEL_TRACES_EXPORTER?.trim();
  if (exporters === 'none') return false;
  return Boolean(exporters || env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Starts OpenTelemetry tracing for one process when requested (see `tracingRequested`): incoming and outgoing HTTP
 * (`http` and `fetch`/undici: webhooks, OIDC) and PostgreSQL statements by the official instrumentations, bus hops
 * by libs/platform through the W3C `traceparent` NATS header. The SDK reads the standard variables itself:
 * `OTEL_TRACES_EXPORTER` (otlp, console, zipkin), `OTEL_EXPORTER_OTLP_[TRACES_]PROTOCOL` (http/protobuf, http/json,
 * grpc), `OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT` and `_HEADERS`, `OTEL_TRACES_SAMPLER[_ARG]`, `OTEL_PROPAGATORS`,
 * `OTEL_SERVICE_NAME` (else `serviceName`) and `OTEL_RESOURCE_ATTRIBUTES`. Metrics stay with Prometheus unless
 * `OTEL_METRICS_EXPORTER` says otherwise; logs go to stdout unless `OTEL_LOGS_EXPORTER` does.
 * It must run before `pg` or `http` is loaded, so each app imports its `telemetry.ts` first.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): NodeSDK | null {
  if (!tracingRequested(env)) return null;
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ? undefined : serviceName,
    instrumentations: [new HttpInstrumentation(), new UndiciInstrumentation(), new PgInstrumentation({ requireParentSpan: true })],
    ...(!env.OTEL_METRICS_EXPORTER && { metricReaders: [] }),
    ...(!env.OTEL_LOGS_EXPORTER && { logRecordProcessors: [] }),
  });
  sdk.start();
  // Nest's shutdown hooks end the process on SIGTERM: flush what is buffered first.
  process.once('SIGTERM', () => void sdk.shutdown().catch(() => undefined));
  return sdk;
}
