import { ProblemException } from '@chaman/contracts';
import type { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ensureOpen } from '../domain/closure';
import { Sender } from '../persistence/sender.entity';

/**
 * The acting enterprise's sender with that number. Another enterprise's sender is answered exactly like a
 * missing one, so numbers reveal nothing.
 */
export async function ownSender(em: EntityManager, enterpriseNumber: string, senderNumber: string, lock?: LockMode): Promise<Sender> {
  const sender = await em.findOne(Sender, { enterpriseNumber, senderNumber }, lock ? { lockMode: lock } : {});
  if (!sender) throw noSuchSender(enterpriseNumber, senderNumber);
  return sender;
}

/** What another enterprise's sender, or a missing one, is answered alike. */
export function noSuchSender(enterpriseNumber: string, senderNumber: string): ProblemException {
  return ProblemException.of('resourceNotFound', `Enterprise ${enterpriseNumber} has no sender ${senderNumber}.`);
}

/** `ownSender`, refusing a closed one: for what adds to a sender or changes it. */
export async function ownOpenSender(em: EntityManager, enterpriseNumber: string, senderNumber: string, lock?: LockMode): Promise<Sender> {
  const sender = await ownSender(em, enterpriseNumber, senderNumber, lock);
  ensureOpen(sender, `Sender ${senderNumber}`);
  return sender;
}
