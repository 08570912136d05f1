import { BusHeaders } from '@chaman/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';

export function headerOf(context: NatsContext, name: string): string | undefined {
  return context.getHeaders()?.get(name) || undefined;
}

/** The `Idempotency-Key` the gateway forwarded with a command, if the client sent one. */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext) =>
  headerOf(context.switchToRpc().getContext<NatsContext>(), BusHeaders.idempotencyKey),
);
