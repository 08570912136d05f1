import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { idempotent, type IdempotentCommand } from '../idempotency/idempotent';

/** A command as a use case runs it: its subject, the request, and the caller's Idempotency-Key if any. */
export interface RunnableCommand extends IdempotentCommand {
  idempotencyKey?: string;
}

/**
 * The preamble of every use case that changes something: a fresh EntityManager, one transaction (the outbox
 * events recorded in it commit or roll back with the change), and — given an Idempotency-Key — at most once
 * per (person, subject, key), the first reply replayed.
 */
export function runCommand<T>(orm: MikroORM, command: RunnableCommand, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const { idempotencyKey, ...idempotentCommand } = command;
  return (orm.em.fork() as EntityManager).transactional((em: EntityManager) =>
    idempotent(em, idempotentCommand, idempotencyKey, () => work(em)),
  );
}
