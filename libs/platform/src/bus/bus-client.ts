import {
  BusHeaders,
  DEFAULT_BUS_TIMEOUT_MS,
  isProblem,
  prefixedSubject,
  ProblemException,
  type MessageDefinition,
} from '@chaman/contracts';
import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders, type NatsConnection } from 'nats';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { currentRequestId } from '../logging/request-context';
import { injectTraceContext, inSpan, SpanKind, traceContext } from '../tracing/bus-tracing';
import { natsConnectionOptions } from './nats-connection-options';
import type { NatsCredentials } from './nats-credentials';

class PrefixedNatsClient extends ClientNats {
  constructor(private readonly subjectPrefix: string, options: ConstructorParameters<typeof ClientNats>[0]) {
    super(options);
  }

  protected override normalizePattern(pattern: unknown): string {
    return prefixedSubject(this.subjectPrefix, super.normalizePattern(pattern as string));
  }
}

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
  private readonly client: PrefixedNatsClient;
  private readonly defaultTimeoutMs: number;

  constructor(settings: BusClientSettings) {
    this.defaultTimeoutMs = settings.timeoutMs ?? DEFAULT_BUS_TIMEOUT_MS;
    this.client = new PrefixedNatsClient(settings.subjectPrefix, natsConnectionOptions(settings.natsUrl, settings.name, settings.natsCredentials));
  }

  async connect(): Promise<void> {
    await this.client.connect();
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** The underlying connection (connected), for JetStream key-value use with the same credentials. */
  connection(): NatsConnection {
    return this.client.unwrap<NatsConnection>();
  }

  /** False while the connection to NATS is down: callers fail fast instead of queueing into the void. */
  isConnected(): boolean {
    try {
      const connection = this.client.unwrap<NatsConnection>();
      return !connection.isClosed() && (connection as unknown as { protocol?: { connected?: boolean } }).protocol?.connected !== false;
    } catch {
      return false;
    }
  }

  async send<Request extends object, Reply>(
    message: MessageDefinition<Request, Reply>,
    payload: Request,
    options: SendOptions = {},
  ): Promise<Reply> {
    if (!this.isConnected()) {
      throw ProblemException.of('serviceUnavailable', 'The message bus is unreachable; try again shortly.');
    }
    return inSpan(`send ${message.subject}`, SpanKind.CLIENT, traceContext.active(), async () => {
      const headers = injectTraceContext(natsHeaders());
      const requestId = options.requestId ?? currentRequestId();
      if (requestId) headers.set(BusHeaders.requestId, requestId);
      if (options.idempotencyKey) headers.set(BusHeaders.idempotencyKey, options.idempotencyKey);
      const record = new NatsRecordBuilder(payload).setHeaders(headers).build();
      const deadline = options.timeoutMs ?? this.defaultTimeoutMs;
      try {
        return await firstValueFrom(this.client.send<Reply>(message.subject, record).pipe(timeout(deadline)));
      } catch (error) {
        throw asProblemException(error, message.subject, deadline);
      }
    });
  }
}

function asProblemException(error: unknown, subject: string, deadline: number): ProblemException {
  if (isProblem(error)) return new ProblemException(error);
  if (error instanceof TimeoutError) {
    return ProblemException.of('serviceTimeout', `No answer to ${subject} within ${deadline} ms.`);
  }
  return ProblemException.of('serviceUnavailable', `The service answering ${subject} is unavailable.`);
}
