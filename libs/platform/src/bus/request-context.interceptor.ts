import { BusHeaders } from '@chaman/contracts';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import type { Histogram } from 'prom-client';
import { Observable } from 'rxjs';
import { requestContext } from '../logging/request-context';
import { headerOf } from './message-headers';

interface Labelled {
  requestId: string;
  operation: string;
}

function labelsOf(context: ExecutionContext): Labelled {
  if (context.getType() === 'rpc') {
    const nats = context.switchToRpc().getContext<NatsContext>();
    return { requestId: headerOf(nats, BusHeaders.requestId) ?? randomUUID(), operation: nats.getSubject() };
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
    const { requestId, operation } = labelsOf(context);
    const stopTimer = this.duration.startTimer({ operation });
    return new Observable((subscriber) =>
      requestContext.run({ requestId }, () =>
        next.handle().subscribe({
          next: (value) => subscriber.next(value),
          error: (error) => {
            stopTimer({ outcome: 'error' });
            subscriber.error(error);
          },
          complete: () => {
            stopTimer({ outcome: 'ok' });
            subscriber.complete();
          },
        }),
      ),
    );
  }
}
