import { BusHeaders } from '@chaman/contracts';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import type { Histogram } from 'prom-client';
import { Observable } from 'rxjs';
import { requestContext } from '../logging/request-context';
import { contextFromHeaders, SpanKind, SpanStatusCode, startSpan, traceContext } from '../tracing/bus-tracing';
import { headerOf } from './message-headers';

interface Labelled {
  requestId: string;
  operation: string;
  /** The caller's trace context, carried in the NATS headers (HTTP spans come from the HTTP instrumentation). */
  traceParent?: ReturnType<typeof contextFromHeaders>;
}

function labelsOf(context: ExecutionContext): Labelled {
  if (context.getType() === 'rpc') {
    const nats = context.switchToRpc().getContext<NatsContext>();
    return {
      requestId: headerOf(nats, BusHeaders.requestId) ?? randomUUID(),
      operation: nats.getSubject(),
      traceParent: contextFromHeaders(nats.getHeaders()),
    };
  }
  const request = context.switchToHttp().getRequest<{ id: string; routeOptions?: { url?: string }; method: string }>();
  return { requestId: String(request.id), operation: `${request.method} ${request.routeOptions?.url ?? 'unknown'}` };
}

/**
 * Runs each handler — a bus message in a service, an HTTP route in the gateway — inside its correlation id
 * (so every log line and every onward bus call carries it) and times it for the metrics.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  constructor(private readonly duration: Histogram<'operation' | 'outcome'>) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { requestId, operation, traceParent } = labelsOf(context);
    const stopTimer = this.duration.startTimer({ operation });
    const traced = traceParent ? startSpan(`process ${operation}`, SpanKind.SERVER, traceParent) : null;
    return new Observable((subscriber) =>
      traceContext.with(traced?.context ?? traceContext.active(), () =>
        requestContext.run({ requestId }, () =>
          next.handle().subscribe({
            next: (value) => subscriber.next(value),
            error: (error) => {
              stopTimer({ outcome: 'error' });
              traced?.span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
              traced?.span.end();
              subscriber.error(error);
            },
            complete: () => {
              stopTimer({ outcome: 'ok' });
              traced?.span.end();
              subscriber.complete();
            },
          }),
        ),
      ),
    );
  }
}
