import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Histogram } from 'prom-client';
import { Observable } from 'rxjs';
import { requestContext } from '../logging/request-context';

/**
 * Runs each HTTP route of the gateway inside its correlation id (so every log line and every onward bus call carries
 * it) and times it for the metrics. The services' bus handlers get the same from the `ContractDispatcher`.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  constructor(private readonly duration: Histogram<'operation' | 'outcome'>) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ id: string; routeOptions?: { url?: string }; method: string }>();
    const stopTimer = this.duration.startTimer({ operation: `${request.method} ${request.routeOptions?.url ?? 'unknown'}` });
    return new Observable((subscriber) =>
      requestContext.run({ requestId: String(request.id) }, () =>
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
