import {
  type CloudEvent,
  WebhookDeliveryStatus,
  WebhookStatus,
  type WebhookAttemptView,
  type WebhookDeliveryView,
  type WebhookView,
} from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';

export interface WebhookRow {
  id: string;
  enterprise_number: string;
  url: string;
  events: string[];
  secret: string;
  status: WebhookStatus;
  owner_user_id: string;
  failing_since: Date | null;
  created_at: Date;
  disabled_at: Date | null;
}

export function webhookView(row: WebhookRow): WebhookView {
  return {
    id: row.id,
    enterpriseNumber: row.enterprise_number,
    url: row.url,
    events: row.events,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    ...(row.disabled_at ? { disabledAt: new Date(row.disabled_at).toISOString() } : {}),
  };
}

export async function insertWebhook(
  em: EntityManager,
  webhook: { enterpriseNumber: string; url: string; events: string[]; secret: string; ownerUserId: string; now: Date },
): Promise<WebhookRow> {
  const [row] = await em.execute<WebhookRow[]>(
    `insert into webhook (id, enterprise_number, url, events, secret, status, owner_user_id, created_at) values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?) returning *`,
    [uuidv7(), webhook.enterpriseNumber, webhook.url, JSON.stringify(webhook.events), webhook.secret, webhook.ownerUserId, webhook.now],
  );
  return row;
}

/** Ids are UUIDv7: ordering by id is ordering by creation. */
export async function webhooksOf(
  em: EntityManager,
  enterpriseNumber: string,
  afterId: string | null,
  limit: number,
): Promise<WebhookRow[]> {
  return em.execute<WebhookRow[]>(
    `select * from webhook where enterprise_number = ? ${afterId ? 'and id > ?' : ''} order by id limit ?`,
    afterId ? [enterpriseNumber, afterId, limit] : [enterpriseNumber, limit],
  );
}

export async function webhookOf(em: EntityManager, enterpriseNumber: string, id: string, lock = false): Promise<WebhookRow | null> {
  const [row] = await em.execute<WebhookRow[]>(`select * from webhook where enterprise_number = ? and id = ? ${lock ? 'for update' : ''}`, [
    enterpriseNumber,
    id,
  ]);
  return row ?? null;
}

export async function deleteWebhook(em: EntityManager, id: string): Promise<void> {
  await em.execute('delete from webhook where id = ?', [id], 'run');
}

/** One delivery per active endpoint of the concerned enterprises that wants this event type; a replay adds none. */
export async function enqueueDeliveries(em: EntityManager, event: CloudEvent, enterpriseNumbers: string[], now: Date): Promise<number> {
  if (enterpriseNumbers.length === 0) return 0;
  const result = await em.execute<{ affectedRows: number }>(
    `insert into webhook_delivery (id, webhook_id, event_id, event_type, event, status, attempts, next_attempt_at, created_at)
     select gen_random_uuid(), id, ?, ?, ?, 'PENDING', 0, ?, ? from webhook
     where status = 'ACTIVE' and enterprise_number in (${enterpriseNumbers.map(() => '?').join(', ')})
       and (jsonb_array_length(events) = 0 or events @> jsonb_build_array(?::text))
     on conflict (webhook_id, event_id) do nothing`,
    [event.id, event.type, JSON.stringify(event), now, now, ...enterpriseNumbers, event.type],
    'run',
  );
  return result.affectedRows;
}

export interface DueDelivery {
  id: string;
  webhookId: string;
  url: string;
  secret: string;
  eventId: string;
  body: string;
  attempts: number;
}

/** Takes due deliveries (leased for `leaseMs`, like the mail outbox), skipping endpoints that already have `busy` in flight. */
export async function claimDueDeliveries(
  em: EntityManager,
  now: Date,
  leaseMs: number,
  limit: number,
  busy: string[],
): Promise<DueDelivery[]> {
  const rows = await em.execute<
    Array<{ id: string; webhook_id: string; url: string; secret: string; event_id: string; event: unknown; attempts: number }>
  >(
    `with due as (
       select d.id from webhook_delivery d where d.status = 'PENDING' and d.next_attempt_at <= ?
       ${busy.length ? `and d.webhook_id not in (${busy.map(() => '?').join(', ')})` : ''}
       order by d.next_attempt_at, d.id limit ? for update skip locked)
     update webhook_delivery d set next_attempt_at = ? from due, webhook w
     where d.id = due.id and w.id = d.webhook_id
     returning d.id, d.webhook_id, w.url, w.secret, d.event_id, d.event, d.attempts`,
    [now, ...busy, limit, new Date(now.getTime() + leaseMs)],
  );
  return rows.map((row) => ({
    id: row.id,
    webhookId: row.webhook_id,
    url: row.url,
    secret: row.secret,
    eventId: row.event_id,
    body: JSON.stringify(row.event),
    attempts: row.attempts,
  }));
}

export async function recordAttempt(
  em: EntityManager,
  deliveryId: string,
  attempt: { at: Date; statusCode: number | null; error: string | null; durationMs: number },
): Promise<void> {
  await em.execute(
    'insert into webhook_attempt (delivery_id, at, status_code, error, duration_ms) values (?, ?, ?, ?, ?)',
    [deliveryId, attempt.at, attempt.statusCode, attempt.error?.slice(0, 500) ?? null, attempt.durationMs],
    'run',
  );
}

export async function markDelivered(em: EntityManager, delivery: DueDelivery): Promise<void> {
  await em.execute(
    `update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, next_attempt_at = null where id = ?`,
    [delivery.id],
    'run',
  );
  await em.execute('update webhook set failing_since = null where id = ?', [delivery.webhookId], 'run');
}

/** A failed attempt: retried at `retryAt`, or given up when null. Returns since when the endpoint has been failing. */
export async function markAttemptFailed(em: EntityManager, delivery: DueDelivery, retryAt: Date | null, now: Date): Promise<Date> {
  await em.execute(
    `update webhook_delivery set attempts = attempts + 1, status = ?, next_attempt_at = ? where id = ?`,
    [retryAt ? WebhookDeliveryStatus.PENDING : WebhookDeliveryStatus.FAILED, retryAt, delivery.id],
    'run',
  );
  const [row] = await em.execute<Array<{ failing_since: Date }>>(
    'update webhook set failing_since = coalesce(failing_since, ?) where id = ? returning failing_since',
    [now, delivery.webhookId],
  );
  return new Date(row?.failing_since ?? now);
}

/** Disables an endpoint once (the caller tells its owner only when this returns it) and gives up its pending deliveries. */
export async function disableWebhook(em: EntityManager, webhookId: string, now: Date): Promise<WebhookRow | null> {
  const [row] = await em.execute<WebhookRow[]>(
    `update webhook set status = 'DISABLED', disabled_at = ? where id = ? and status = 'ACTIVE' returning *`,
    [now, webhookId],
  );
  if (!row) return null;
  await em.execute(
    `update webhook_delivery set status = 'FAILED', next_attempt_at = null where webhook_id = ? and status = 'PENDING'`,
    [webhookId],
    'run',
  );
  return row;
}

export async function deliveriesOf(
  em: EntityManager,
  webhookId: string,
  beforeId: string | null,
  limit: number,
): Promise<WebhookDeliveryView[]> {
  const rows = await em.execute<
    Array<{
      id: string;
      webhook_id: string;
      event_id: string;
      event_type: string;
      status: WebhookDeliveryStatus;
      created_at: Date;
      next_attempt_at: Date | null;
    }>
  >(
    `select id, webhook_id, event_id, event_type, status, created_at, next_attempt_at from webhook_delivery
     where webhook_id = ? ${beforeId ? 'and (created_at, id) < (select created_at, id from webhook_delivery where id = ?)' : ''}
     order by created_at desc, id desc limit ?`,
    beforeId ? [webhookId, beforeId, limit] : [webhookId, limit],
  );
  if (rows.length === 0) return [];
  const attempts = await em.execute<
    Array<{ delivery_id: string; at: Date; status_code: number | null; error: string | null; duration_ms: number }>
  >(
    `select delivery_id, at, status_code, error, duration_ms from webhook_attempt where delivery_id in (${rows.map(() => '?').join(', ')}) order by id`,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    webhookId: row.webhook_id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    ...(row.status === WebhookDeliveryStatus.PENDING && row.next_attempt_at
      ? { nextAttemptAt: new Date(row.next_attempt_at).toISOString() }
      : {}),
    attempts: attempts
      .filter((attempt) => attempt.delivery_id === row.id)
      .map((attempt): WebhookAttemptView => ({
        at: new Date(attempt.at).toISOString(),
        ...(attempt.status_code !== null ? { statusCode: attempt.status_code } : {}),
        ...(attempt.error ? { error: attempt.error } : {}),
        durationMs: attempt.duration_ms,
      })),
  }));
}
