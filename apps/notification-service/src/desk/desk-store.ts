import type { UnsentMailView } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { WebhookRow } from '../persistence/webhook-store';

/** Endpoints failing now or disabled, oldest first (ids are UUIDv7). */
export async function failingWebhooks(em: EntityManager, afterId: string | null, limit: number): Promise<WebhookRow[]> {
  return em.execute<WebhookRow[]>(
    `select * from webhook where (status = 'DISABLED' or failing_since is not null) ${afterId ? 'and id > ?' : ''} order by id limit ?`,
    afterId ? [afterId, limit] : [limit],
  );
}

/** Turns an endpoint back on with a clean slate; null when it does not exist. */
export async function enableWebhook(em: EntityManager, id: string): Promise<{ before: WebhookRow; after: WebhookRow } | null> {
  const [before] = await em.execute<WebhookRow[]>('select * from webhook where id = ? for update', [id]);
  if (!before) return null;
  const [after] = await em.execute<WebhookRow[]>(
    `update webhook set status = 'ACTIVE', failing_since = null, disabled_at = null where id = ? returning *`,
    [id],
  );
  return { before, after };
}

interface MailRow {
  id: string;
  message: string;
  recipient_email: string;
  subject: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  next_attempt_at: Date;
}

export function unsentMailView(row: MailRow): UnsentMailView {
  return {
    id: row.id,
    message: row.message,
    recipientEmail: row.recipient_email,
    subject: row.subject,
    attempts: row.attempts,
    ...(row.last_error ? { lastError: row.last_error } : {}),
    createdAt: new Date(row.created_at).toISOString(),
    nextAttemptAt: new Date(row.next_attempt_at).toISOString(),
  };
}

const MAIL_COLUMNS = 'id, message, recipient_email, subject, attempts, last_error, created_at, next_attempt_at';

/** Mails the SMTP server refused at least once and has not taken since, oldest first (ids are UUIDv7). */
export async function unsentMails(em: EntityManager, afterId: string | null, limit: number): Promise<MailRow[]> {
  return em.execute<MailRow[]>(
    `select ${MAIL_COLUMNS} from mail where status = 'PENDING' and attempts > 0 ${afterId ? 'and id > ?' : ''} order by id limit ?`,
    afterId ? [afterId, limit] : [limit],
  );
}

/** Makes an unsent mail due now: the dispatcher's next poll sends it. Null when there is no such unsent mail. */
export async function resendMail(em: EntityManager, id: string, now: Date): Promise<MailRow | null> {
  const [row] = await em.execute<MailRow[]>(
    `update mail set next_attempt_at = ? where id = ? and status = 'PENDING' and attempts > 0 returning ${MAIL_COLUMNS}`,
    [now, id],
  );
  return row ?? null;
}
