import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** How long what a service keeps for others may stay (see docs/security.md, "Bounded storage"). */
export interface PurgeHorizons {
  /** An Idempotency-Key replays its first answer this long; after that the same key runs the command again. */
  idempotencyReplayMs: number;
  /** Published outbox rows kept after publication (JetStream's duplicate window is 10 minutes). */
  publishedOutboxMs: number;
  /** Per durable consumer: processed-event ids are kept as long as its stream may deliver the event again. */
  processedEventMs: Record<string, number>;
}

export interface PurgeCounts {
  idempotencyRecords: number;
  outboxEvents: number;
  processedEvents: number;
}

const BATCH = 1_000;

/**
 * Deletes, batch by batch, what is past its horizon. Safe with any number of replicas purging at once: each
 * batch locks its rows with `FOR UPDATE SKIP LOCKED`, so two purgers take disjoint rows and never wait for
 * each other; a row is deleted once.
 */
export async function purgeExpired(orm: MikroORM, horizons: PurgeHorizons, now: Date): Promise<PurgeCounts> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const counts: PurgeCounts = { idempotencyRecords: 0, outboxEvents: 0, processedEvents: 0 };
  counts.idempotencyRecords = await inBatches(orm, (em) =>
    em.execute(
      `delete from idempotency_record where (scope, key) in
         (select scope, key from idempotency_record where created_at < ? limit ${BATCH} for update skip locked) returning 1`,
      [before(horizons.idempotencyReplayMs)],
    ),
  );
  counts.outboxEvents = await inBatches(orm, (em) =>
    em.execute(
      `delete from outbox_event where id in
         (select id from outbox_event where published_at < ? limit ${BATCH} for update skip locked) returning 1`,
      [before(horizons.publishedOutboxMs)],
    ),
  );
  for (const [consumer, horizonMs] of Object.entries(horizons.processedEventMs)) {
    counts.processedEvents += await inBatches(orm, (em) =>
      em.execute(
        `delete from processed_event where (consumer, event_id) in
           (select consumer, event_id from processed_event where consumer = ? and processed_at < ? limit ${BATCH} for update skip locked) returning 1`,
        [consumer, before(horizonMs)],
      ),
    );
  }
  return counts;
}

/**
 * Deletes the rows of `table` that `where` selects (with `params`), `BATCH` at a time, each batch's rows locked
 * `FOR UPDATE SKIP LOCKED` (any number of replicas at once, disjoint rows); `key` names the primary key's columns.
 * Returns how many rows went. For a service's own retention rules (e.g. the notification-service's sent mail).
 */
export function purgeRows(orm: MikroORM, table: string, key: string, where: string, params: unknown[]): Promise<number> {
  return inBatches(orm, (em) =>
    em.execute(
      `delete from ${table} where (${key}) in (select ${key} from ${table} where ${where} limit ${BATCH} for update skip locked) returning 1`,
      params,
    ),
  );
}

async function inBatches(orm: MikroORM, batch: (em: EntityManager) => Promise<unknown[]>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = (await (orm.em.fork() as EntityManager).transactional((em) => batch(em))).length;
    total += deleted;
    if (deleted < BATCH) return total;
  }
}
