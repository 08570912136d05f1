import { UniqueConstraintViolationException } from '@mikro-orm/core';

/** True when the error is PostgreSQL refusing a duplicate on that unique constraint or index. */
export function violates(error: unknown, constraint: string): boolean {
  return error instanceof UniqueConstraintViolationException && (error as { constraint?: string }).constraint === constraint;
}
