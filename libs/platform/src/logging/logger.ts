import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import { activeTraceId } from '../tracing/bus-tracing';
import { currentRequestId } from './request-context';

/**
 * JSON logs; every line written inside a request carries its correlation id and, when tracing, its trace id. A child
 * logger already bound to the request (Fastify's `request.log`) keeps its own `requestId`: a key is never written twice.
 */
export function createLogger(name: string, level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      name,
      level,
      base: { service: name },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: (_object, _level, logger) => {
        const requestId = boundToRequest(logger) ? undefined : currentRequestId();
        const traceId = activeTraceId();
        return { ...(requestId ? { requestId } : {}), ...(traceId ? { traceId } : {}) };
      },
    },
    destination,
  );
}

function boundToRequest(logger: Logger): boolean {
  return (logger as unknown as Record<symbol, string>)[pino.symbols.chindingsSym].includes('"requestId":');
}

/** Lets NestJS write its own messages through pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
