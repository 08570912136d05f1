import type { EntityManager } from '@mikro-orm/postgresql';
import type { PresentedToken } from '../domain/contact-verification';

/** One address of one sender's technical contact, and its current link if any. */
export interface VerificationRow {
  senderNumber: string;
  email: string;
  sentAt: Date | null;
  expiresAt: Date | null;
  verifiedAt: Date | null;
}

/** As the driver answers: timestamps may come as strings. */
interface Row {
  sender_number: string;
  email: string;
  sent_at: Date | string | null;
  expires_at: Date | string | null;
  verified_at: Date | string | null;
}

const dateOf = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

const rowOf = (row: Row | undefined): VerificationRow | null =>
  row
    ? {
        senderNumber: row.sender_number,
        email: row.email,
        sentAt: dateOf(row.sent_at),
        expiresAt: dateOf(row.expires_at),
        verifiedAt: dateOf(row.verified_at),
      }
    : null;

/**
 * `email` is the address key (lower case). `forShare` locks the row until the caller's transaction ends: a mail
 * written held then cannot slip past a confirmation committing meanwhile (which locks it `for update`, then
 * releases what is held), and a confirmation committed first is seen.
 */
export async function verificationOf(
  em: EntityManager,
  senderNumber: string,
  email: string,
  forShare = false,
): Promise<VerificationRow | null> {
  const [row] = await em.execute<Row[]>(
    `select * from contact_verification where sender_number = ? and email = ?${forShare ? ' for share' : ''}`,
    [senderNumber, email],
  );
  return rowOf(row);
}

/** A new link for the address: it replaces the previous one, whose token no longer matches anything. */
export async function saveLink(
  em: EntityManager,
  link: { senderNumber: string; email: string; tokenHash: string; sentAt: Date; expiresAt: Date },
): Promise<void> {
  await em.execute(
    `insert into contact_verification (sender_number, email, token_hash, sent_at, expires_at) values (?, ?, ?, ?, ?)
     on conflict (sender_number, email) do update set token_hash = excluded.token_hash, sent_at = excluded.sent_at, expires_at = excluded.expires_at`,
    [link.senderNumber, link.email, link.tokenHash, link.sentAt, link.expiresAt],
    'run',
  );
}

/** The address a token was mailed to, locked for the caller's transaction (two clicks at once confirm once). */
export async function linkByTokenHash(
  em: EntityManager,
  tokenHash: string,
): Promise<(PresentedToken & { senderNumber: string; email: string; sentAt: Date | null }) | null> {
  const [row] = await em.execute<Row[]>('select * from contact_verification where token_hash = ? for update', [tokenHash]);
  const link = rowOf(row);
  if (!link?.expiresAt) return null;
  return { ...link, expiresAt: link.expiresAt };
}

export async function markVerified(em: EntityManager, senderNumber: string, email: string, now: Date): Promise<void> {
  await em.execute(
    'update contact_verification set verified_at = ? where sender_number = ? and email = ?',
    [now, senderNumber, email],
    'run',
  );
}

/** Mail held for the address of this sender's contact goes out now, in the order it was written. */
export async function releaseHeldMail(em: EntityManager, senderNumber: string, email: string, now: Date): Promise<number> {
  const result = await em.execute<{ affectedRows: number }>(
    `update mail set status = 'PENDING', next_attempt_at = ? where status = 'HELD' and held_for_sender = ? and lower(recipient_email) = ?`,
    [now, senderNumber, email],
    'run',
  );
  return result.affectedRows;
}
