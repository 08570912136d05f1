import { context, type Context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { headers as natsHeaders, type MsgHdrs } from 'nats';

/**
 * Traces across the bus with the W3C `traceparent` header, through the OpenTelemetry API only: without a
 * registered SDK (no `OTEL_EXPORTER_OTLP_ENDPOINT`) every call here is a no-op.
 */
const tracer = trace.getTracer('chaman-bus');

const headerSetter = { set: (carrier: MsgHdrs, key: string, value: string) => carrier.set(key, value) };
const headerGetter = {
  get: (carrier: MsgHdrs | undefined, key: string) => carrier?.get(key) || undefined,
  keys: (carrier: MsgHdrs | undefined) => (carrier ? carrier.keys() : []),
};

/** Writes the active trace context into outgoing NATS headers. */
export function injectTraceContext(headers: MsgHdrs, from: Context = context.active()): MsgHdrs {
  propagation.inject(from, headers, headerSetter);
  return headers;
}

/** The `traceparent` of the active span, for an event recorded now and published later (CloudEvents tracing extension). */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** NATS headers carrying an event's recorded trace context to its consumers. */
export function traceHeadersOf(event: { traceparent?: string }): MsgHdrs | undefined {
  if (!event.traceparent) return undefined;
  const headers = natsHeaders();
  headers.set('traceparent', event.traceparent);
  return headers;
}

export function contextFromHeaders(headers: MsgHdrs | undefined): Context {
  return propagation.extract(ROOT_CONTEXT, headers, headerGetter);
}

/** Runs `work` in a new span of `kind` under `parent`, ending it with the outcome. */
export async function inSpan<T>(name: string, kind: SpanKind, parent: Context, work: (span: Span) => Promise<T>): Promise<T> {
  const span = tracer.startSpan(name, { kind, attributes: { 'messaging.system': 'nats' } }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
    throw error;
  } finally {
    span.end();
  }
}

/** Starts a span for a handler run inside an Observable pipeline (ended by the caller). */
export function startSpan(name: string, kind: SpanKind, parent: Context): { span: Span; context: Context } {
  const span = tracer.startSpan(name, { kind, attributes: { 'messaging.system': 'nats' } }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

export function activeTraceId(): string | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}

export { SpanKind, SpanStatusCode, context as traceContext };
