import { ProblemException, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The client's `Idempotency-Key`, if any: printable ASCII, at most 255 characters. */
export const IdempotencyKeyHeader = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY_PATTERN.test(value)) {
    throw ProblemException.of('badRequest', 'The Idempotency-Key header is invalid.', {
      issues: [
        { type: SCHEMA_VIOLATION_ISSUE_TYPE, in: 'header', name: 'Idempotency-Key', detail: 'must be 1 to 255 printable ASCII characters' },
      ],
    });
  }
  return value;
});
