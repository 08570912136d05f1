import { type Actor, ProblemException } from '@chaman/contracts';
import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';

/** A command as it arrived on the bus: who sent it and everything it asks for (path and body alike). */
export interface IdempotentCommand {
  subject: string;
  request: { actor: Actor };
}

/** Canonical JSON (sorted keys), so the same request always hashes alike. */
function fingerprint(value: unknown): string {
  const canonical = JSON.stringify(value, (_, member) =>
    member && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => a.localeCompare(b)))
      : member,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/** Where a command's reply is kept: one row per (person, subject, Idempotency-Key), with the request's fingerprint. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  requestHash: string;
}

export function idempotencyClaimOf(command: IdempotentCommand, key: string): IdempotencyClaim {
  return { scope: `${command.request.actor.userId}:${command.subject}`, key, requestHash: fingerprint(command.request) };
}

/** The first reply to a key already claimed, if the request is the same; the same key with another request is refused. */
export function replayOf<T>(claim: IdempotencyClaim, stored: { response: T; request_hash: string }): T {
  if (stored.request_hash !== claim.requestHash) {
    throw ProblemException.of('idempotencyKeyReused', 'This Idempotency-Key was already used for another request; use a new key.');
  }
  return stored.response;
}

export const SELECT_IDEMPOTENT_REPLY = 'select response, request_hash from idempotency_record where scope = $1 and key = $2';

/**
 * Runs a command at most once per (person, subject, Idempotency-Key) and replays its first reply; the same key
 * with another request is refused. Must run inside the command's transaction (`em.execute` joins it): a
 * concurrent twin blocks on the key's row until the first commits, then reads its reply.
 */
export async function idempotent<T>(
  em: EntityManager,
  command: IdempotentCommand,
  key: string | undefined,
  run: () => Promise<T>,
): Promise<T> {
  if (!key) return run();
  const claim = idempotencyClaimOf(command, key);
  const { scope, requestHash } = claim;
  const claimed = await em.execute<QueryResult>(
    'insert into idempotency_record (scope, key, request_hash, created_at) values (?, ?, ?, now()) on conflict do nothing',
    [scope, key, requestHash],
    'run',
  );
  if (claimed.affectedRows === 0) {
    const [stored] = await em.execute<{ response: T; request_hash: string }[]>(
      'select response, request_hash from idempotency_record where scope = ? and key = ?',
      [scope, key],
    );
    return replayOf(claim, stored);
  }
  const reply = await run();
  await em.execute(
    'update idempotency_record set response = ? where scope = ? and key = ?',
    [JSON.stringify(reply ?? null), scope, key],
    'run',
  );
  return reply;
}
