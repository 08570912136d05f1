import { ProblemException, SenderAction } from '@chaman/contracts';

/** Something a sender holds that can be closed for good: a sender, a REST account. */
export interface Closable {
  closedAt: Date | null;
}

/** A closed sender or account stays readable, but nothing may be added to it nor changed on it. */
export function ensureOpen(thing: Closable, description: string): void {
  if (thing.closedAt !== null) {
    throw ProblemException.of(
      'resourceClosed',
      `${description} was closed on ${thing.closedAt.toISOString()}: nothing can be added to it or changed on it.`,
    );
  }
}

/** Closing again changes nothing and tells nobody: the first closure stands, with its date. */
export function isAlreadyClosed(thing: Closable): boolean {
  return thing.closedAt !== null;
}

/** What may be done on a sender now: everything while it is open, nothing once closed (`ensureOpen` refuses it). */
export function senderActions(sender: Closable): SenderAction[] {
  return sender.closedAt === null
    ? [SenderAction.REPLACE_CONTACT, SenderAction.ADD_CHANNEL, SenderAction.CREATE_REST_ACCOUNT, SenderAction.CLOSE]
    : [];
}
