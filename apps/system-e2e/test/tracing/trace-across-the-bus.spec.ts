import { DelegationEvents, Quality } from '@chaman/contracts';
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { pollUntil, startProcessSystem, type ProcessSystem } from '../../src/processes';
import { registerParty, requestDelegations, restAccountsOf } from '../faults/crash-fixtures';
import { OtlpReceiver, type ReceivedSpan } from './otlp-receiver';

/**
 * One delegation accept, traced: the gateway (in this process, exporting to memory) sends the command over NATS
 * with a W3C traceparent header; the delegation-service (its own process, exporting over OTLP) handles it and its
 * PostgreSQL statements; the event it records carries the trace to JetStream, and the sender-service's durable
 * consumer continues the same trace, down to its own statements.
 */
describe('a trace across the bus', () => {
  const receiver = new OtlpReceiver();
  const gatewaySpans = new InMemorySpanExporter();
  const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: gatewaySpans })] });
  let system: ProcessSystem;

  beforeAll(async () => {
    await receiver.start();
    trace.setGlobalTracerProvider(provider);
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    system = await startProcessSystem({
      services: ['access', 'sender', 'delegation'],
      // The test's receiver reads OTLP as JSON (the SDK's default protocol is http/protobuf).
      serviceEnv: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '50',
      },
    });
  }, 180_000);
  afterAll(async () => {
    await system?.stop();
    await receiver.stop();
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('covers every hop of an accept, from the gateway to the sender-service consumer and its statements', async () => {
    const company = await registerParty(system, 7101, [Quality.CPAS]);
    const intermediary = await registerParty(system, 7102, [Quality.TECHNICAL_INTERMEDIARY]);
    const [account] = await restAccountsOf(system, company, 1);
    const [delegationId] = await requestDelegations(system, company, intermediary, [account]);

    gatewaySpans.reset();
    const accepted = await system.api.as(
      intermediary.chief,
      'POST',
      `/api/v1/enterprises/${intermediary.cbe}/delegations/${delegationId}/accept`,
    );
    expect(accepted.status).toBe(200);

    const send = gatewaySpans.getFinishedSpans().find((span) => span.kind === SpanKind.CLIENT && /^send delegation\.v1\./.test(span.name));
    expect(send).toBeDefined();
    const traceId = send!.spanContext().traceId;
    const inTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
    const statementsUnder = (parent: ReceivedSpan) =>
      inTrace().filter((span) => span.parentSpanId === parent.spanId && span.kind === 3 /* CLIENT: pg */);
    const consumer = await pollUntil(
      () =>
        inTrace().find((span) => span.service === 'sender-service' && span.kind === 5 /* CONSUMER */ && statementsUnder(span).length > 0),
      { timeoutMs: 20_000, what: 'the sender-service consumer span of the accept, with its statements' },
    );
    expect(consumer.name).toContain(DelegationEvents.accepted.subject);

    const spans = inTrace();
    const handled = spans.find((span) => span.service === 'delegation-service' && span.kind === 2 /* SERVER */);
    expect(handled?.name).toMatch(/^process .*delegation\.v1\./);
    expect(handled?.parentSpanId).toBe(send!.spanContext().spanId);
    expect(statementsUnder(handled!).length).toBeGreaterThan(0);

    const hops = [...new Set(spans.map((span) => `${span.service}: ${span.name.split(' ')[0]}`))];
    console.log(
      `[tracing] one trace ${traceId}: gateway send + ${spans.length} spans from ${[...new Set(spans.map((span) => span.service))].join(', ')} (${hops.join('; ')})`,
    );
  });
});
