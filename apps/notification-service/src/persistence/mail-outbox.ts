import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { ComposedMail } from '../domain/compose-mail';
import type { Language } from '../domain/letter';

export interface MailToSend {
  id: string;
  recipientEmail: string;
  recipientName: string | null;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/**
 * Records one mail in the caller's transaction. The dedupe key (what caused it, which message, to whom) makes a
 * replayed event or a second sweep write nothing: a mail is recorded once, and so sent once.
 */
export async function recordMail(
  em: EntityManager,
  mail: {
    dedupeKey: string;
    message: string;
    recipientEmail: string;
    recipientName: string | null;
    language: Language;
    content: ComposedMail;
    now: Date;
    /** Held until this sender's contact confirms the address (`releaseHeldMail`), instead of due at once. */
    heldForSender?: string;
  },
): Promise<boolean> {
  const result = await em.execute<{ affectedRows: number }>(
    `insert into mail (id, dedupe_key, message, recipient_email, recipient_name, language, subject, text_body, html_body, status, held_for_sender, next_attempt_at, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedupe_key) do nothing`,
    [
      uuidv7(),
      mail.dedupeKey,
      mail.message,
      mail.recipientEmail,
      mail.recipientName,
      mail.language,
      mail.content.subject,
      mail.content.text,
      mail.content.html,
      mail.heldForSender ? 'HELD' : 'PENDING',
      mail.heldForSender ?? null,
      mail.now,
      mail.now,
    ],
    'run',
  );
  return result.affectedRows > 0;
}

/**
 * Takes up to `limit` due mails for this sender, pushing their due time `leaseMs` ahead: another replica skips them,
 * and a sender killed before marking one sent leaves it to be taken again once the lease ends.
 */
export async function claimDueMails(em: EntityManager, now: Date, leaseMs: number, limit: number): Promise<MailToSend[]> {
  const rows = await em.execute<
    Array<{
      id: string;
      recipient_email: string;
      recipient_name: string | null;
      subject: string;
      text_body: string;
      html_body: string;
      attempts: number;
    }>
  >(
    `update mail set next_attempt_at = ? where id in (
       select id from mail where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit ? for update skip locked)
     returning id, recipient_email, recipient_name, subject, text_body, html_body, attempts`,
    [new Date(now.getTime() + leaseMs), now, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    recipientEmail: row.recipient_email,
    recipientName: row.recipient_name,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    attempts: row.attempts,
  }));
}

export async function markMailSent(em: EntityManager, id: string, now: Date): Promise<void> {
  await em.execute(
    `update mail set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?`,
    [now, id],
    'run',
  );
}

export async function markMailFailed(em: EntityManager, id: string, error: string, retryAt: Date): Promise<void> {
  await em.execute(
    'update mail set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?',
    [error.slice(0, 1000), retryAt, id],
    'run',
  );
}
