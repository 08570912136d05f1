import { BusHeaders, prefixedSubject, type Problem, problemOf } from '@chaman/contracts';
import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { CustomTransportStrategy } from '@nestjs/microservices';
import { connect, type ConnectionOptions, type Msg, type NatsConnection, type Subscription } from 'nats';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { Histogram } from 'prom-client';
import { requestContext } from '../logging/request-context';
import { contextFromHeaders, SpanKind, SpanStatusCode, startSpan, traceContext } from '../tracing/bus-tracing';
import { problemFor, unreadable } from './bus-problems';
import { discoverMessageHandlers, type MessageHandler } from './message-handlers';

export interface DispatcherSettings {
  subjectPrefix: string;
  /** The service's queue group: replicas share the load. */
  queue: string;
  connection: ConnectionOptions;
  /** How long closing waits for the messages being handled. */
  gracePeriodMs: number;
}

/** What NestJS's NATS client (and our BusClient) publishes for a request: anything else is refused unread. */
function isRequestEnvelope(packet: unknown): packet is { id: string; data?: unknown } {
  if (typeof packet !== 'object' || packet === null || Array.isArray(packet)) return false;
  return typeof (packet as { id?: unknown }).id === 'string' && ('pattern' in packet || 'data' in packet);
}

/**
 * The service side of the bus: one subscription per `@OnMessage` subject, under the deployment's prefix and in the
 * service's queue group, each message validated once against its contract, run in its correlation id and span,
 * timed, and answered with the reply envelope NestJS's transport used (`{id, response | err, isDisposed}`), without
 * NestJS's per-message rxjs, pipes, interceptors and filters. Registered as a Nest transport so the application
 * starts and closes it as before.
 */
export class ContractDispatcher implements CustomTransportStrategy {
  private nats: NatsConnection | null = null;
  private readonly subscriptions: Subscription[] = [];
  private inFlight = 0;
  private drained: (() => void) | null = null;

  constructor(
    private readonly app: INestApplicationContext,
    private readonly settings: DispatcherSettings,
    private readonly logger: Logger,
    private readonly duration: Histogram<'operation' | 'outcome'>,
  ) {}

  listen(callback: (error?: Error) => void): void {
    this.start().then(
      () => callback(),
      (error: Error) => callback(error),
    );
  }

  private async start(): Promise<void> {
    const handlers = discoverMessageHandlers(this.app.get(ModulesContainer));
    this.nats = await connect(this.settings.connection);
    for (const handler of handlers) {
      const subject = prefixedSubject(this.settings.subjectPrefix, handler.message.subject);
      const timers = { ok: this.duration.labels(subject, 'ok'), error: this.duration.labels(subject, 'error') };
      this.subscriptions.push(
        this.nats.subscribe(subject, {
          queue: this.settings.queue,
          callback: (error, msg) => {
            if (error) this.logger.error({ err: error }, `subscription to ${subject} failed`);
            else void this.dispatch(handler, msg, timers);
          },
        }),
      );
    }
  }

  /**
   * Whoever can publish on NATS can send anything: bytes that are not JSON, or JSON without the request envelope,
   * are refused with a `badRequest` reply, and no failure may escape as an unhandled rejection (it would kill the process).
   */
  private async dispatch(
    handler: MessageHandler,
    msg: Msg,
    timers: Record<'ok' | 'error', { observe(seconds: number): void }>,
  ): Promise<void> {
    let packet: unknown;
    try {
      packet = msg.json();
    } catch {
      return this.answer(msg, undefined, { err: unreadable('The message is not JSON.') });
    }
    if (!isRequestEnvelope(packet))
      return this.answer(msg, undefined, { err: unreadable('The message is not a request envelope {pattern, data, id}.') });
    this.inFlight += 1;
    const started = performance.now();
    const headers = msg.headers;
    const traced = startSpan(`process ${msg.subject}`, SpanKind.SERVER, contextFromHeaders(headers));
    const requestId = headers?.get(BusHeaders.requestId) || randomUUID();
    try {
      const response = await traceContext.with(traced.context, () =>
        requestContext.run({ requestId }, () => handler.handle(packet.data, msg.subject, headers)),
      );
      timers.ok.observe((performance.now() - started) / 1000);
      this.answer(msg, packet.id, { response });
    } catch (error) {
      timers.error.observe((performance.now() - started) / 1000);
      traced.span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
      this.answer(msg, packet.id, { err: requestContext.run({ requestId }, () => problemFor(error, this.logger)) });
    } finally {
      traced.span.end();
      this.inFlight -= 1;
      if (this.inFlight === 0) this.drained?.();
    }
  }

  private answer(msg: Msg, id: string | undefined, outcome: { response: unknown } | { err: Problem }): void {
    if (!msg.reply) return;
    try {
      msg.respond(JSON.stringify({ id, ...outcome, isDisposed: true }));
    } catch (error) {
      // A reply that cannot be serialised must not kill the process: the caller gets a 500 instead of a timeout.
      this.logger.error({ err: error }, `failed to answer a message on ${msg.subject}`);
      if ('response' in outcome)
        this.answer(msg, id, { err: problemOf('internalServerError', 'The service failed to handle the request.') });
    }
  }

  /** Stops taking new messages first, waits (up to the grace period) for those being handled, then disconnects. */
  async close(): Promise<void> {
    this.subscriptions.splice(0).forEach((subscription) => subscription.unsubscribe());
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.settings.gracePeriodMs);
        this.drained = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const nats = this.nats;
    this.nats = null;
    if (nats && !nats.isClosed()) await nats.close();
  }
}
