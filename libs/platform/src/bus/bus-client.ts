import {
  BusHeaders,
  DEFAULT_BUS_TIMEOUT_MS,
  isProblem,
  prefixedSubject,
  ProblemException,
  type MessageDefinition,
} from '@chaman/contracts';
import { connect, ErrorCode, headers as natsHeaders, type NatsConnection, type NatsError } from 'nats';
import { randomUUID } from 'node:crypto';
import { currentRequestId } from '../logging/request-context';
import { injectTraceContext, inSpan, SpanKind, traceContext } from '../tracing/bus-tracing';
import { natsConnectionOptions } from './nats-connection-options';
import type { NatsCredentials } from './nats-credentials';

/** What a service answers (the NestJS microservices reply envelope): a response, or a problem. */
interface ReplyEnvelope {
  response?: unknown;
  err?: unknown;
}

const encoder = new TextEncoder();

export interface BusClientSettings {
  natsUrl: string;
  natsCredentials?: NatsCredentials;
  subjectPrefix: string;
  name: string;
  timeoutMs?: number;
}

export interface SendOptions {
  /** Defaults to the correlation id of the request being served. */
  requestId?: string;
  idempotencyKey?: string;
  timeoutMs?: number;
}

/**
 * Request/reply on the bus with one contract per message. Every call has a deadline; a missing responder
 * becomes `serviceUnavailable`, a deadline `serviceTimeout`, and a remote problem arrives as itself.
 */
export class BusClient {
  private readonly defaultTimeoutMs: number;
  private nats: NatsConnection | null = null;

  constructor(private readonly settings: BusClientSettings) {
    this.defaultTimeoutMs = settings.timeoutMs ?? DEFAULT_BUS_TIMEOUT_MS;
  }

  async connect(): Promise<void> {
    this.nats ??= await connect(natsConnectionOptions(this.settings.natsUrl, this.settings.name, this.settings.natsCredentials));
  }

  async close(): Promise<void> {
    const nats = this.nats;
    this.nats = null;
    if (nats && !nats.isClosed()) await nats.close();
  }

  /** The underlying connection (connected), for JetStream key-value use with the same credentials. */
  connection(): NatsConnection {
    if (!this.nats) throw new Error('The bus client is not connected.');
    return this.nats;
  }

  /** False while the connection to NATS is down: callers fail fast instead of queueing into the void. */
  isConnected(): boolean {
    const nats = this.nats;
    return !!nats && !nats.isClosed() && (nats as unknown as { protocol?: { connected?: boolean } }).protocol?.connected !== false;
  }

  /**
   * One request, one reply, on the connection's shared reply subscription (no subscription per request): the
   * envelope is the one NestJS's NATS transport reads (`{pattern, data, id}`), so services answer it unchanged.
   */
  async send<Request extends object, Reply>(
    message: MessageDefinition<Request, Reply>,
    payload: Request,
    options: SendOptions = {},
  ): Promise<Reply> {
    const nats = this.nats;
    if (!nats || !this.isConnected()) {
      throw ProblemException.of('serviceUnavailable', 'The message bus is unreachable; try again shortly.');
    }
    return inSpan(`send ${message.subject}`, SpanKind.CLIENT, traceContext.active(), async () => {
      const headers = injectTraceContext(natsHeaders());
      const requestId = options.requestId ?? currentRequestId();
      if (requestId) headers.set(BusHeaders.requestId, requestId);
      if (options.idempotencyKey) headers.set(BusHeaders.idempotencyKey, options.idempotencyKey);
      const deadline = options.timeoutMs ?? this.defaultTimeoutMs;
      const body = encoder.encode(JSON.stringify({ pattern: message.subject, data: payload, id: randomUUID() }));
      let reply: ReplyEnvelope;
      try {
        const answer = await nats.request(prefixedSubject(this.settings.subjectPrefix, message.subject), body, {
          timeout: deadline,
          headers,
        });
        reply = answer.json<ReplyEnvelope>();
      } catch (error) {
        throw asProblemException(error, message.subject, deadline);
      }
      if (reply.err !== undefined) {
        throw isProblem(reply.err) ? new ProblemException(reply.err) : asProblemException(reply.err, message.subject, deadline);
      }
      return reply.response as Reply;
    });
  }
}

function asProblemException(error: unknown, subject: string, deadline: number): ProblemException {
  if (isProblem(error)) return new ProblemException(error);
  if ((error as NatsError)?.code === ErrorCode.Timeout) {
    return ProblemException.of('serviceTimeout', `No answer to ${subject} within ${deadline} ms.`);
  }
  return ProblemException.of('serviceUnavailable', `The service answering ${subject} is unavailable.`);
}
