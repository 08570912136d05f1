import { randomUUID } from 'node:crypto';
import { systemClock } from '../src/clock/clock';
import { purgeExpired, type PurgeHorizons } from '../src/storage/storage-purge';
import { PlatformFixture } from './platform-fixture';

const HOUR = 3_600_000;
const horizons: PurgeHorizons = {
  idempotencyReplayMs: 24 * HOUR,
  publishedOutboxMs: 24 * HOUR,
  processedEventMs: { 'sender-delegations': 48 * HOUR },
};

describe('storage purge (real PostgreSQL, two replicas at once)', () => {
  const fixture = new PlatformFixture();
  beforeAll(() => fixture.start());
  afterAll(() => fixture.stop());

  it('deletes each expired row exactly once while two replicas purge together, and keeps what is within its horizon or unpublished', async () => {
    const old = new Date(Date.now() - 72 * HOUR);
    const recent = new Date(Date.now() - HOUR);
    const em = fixture.em();
    const rows = 2_500;
    await em.execute(
      `insert into idempotency_record (scope, key, request_hash, created_at)
       select 'alice:subject', 'k' || n, 'h', case when n <= ? then ?::timestamptz else ?::timestamptz end from generate_series(1, ?) n`,
      [rows - 10, old, recent, rows],
    );
    await em.execute(
      `insert into outbox_event (id, subject, event, created_at, published_at)
       select gen_random_uuid(), 'events.x', '{}'::jsonb, ?::timestamptz, case when n <= ? then ?::timestamptz when n <= ? then ?::timestamptz else null end from generate_series(1, ?) n`,
      [old, rows - 20, old, rows - 10, recent, rows],
    );
    await em.execute(
      `insert into processed_event (consumer, event_id, processed_at)
       select c, gen_random_uuid()::text, ?::timestamptz from generate_series(1, ?) n, unnest(array['sender-delegations', 'other-consumer']) c`,
      [old, rows],
    );
    await em.execute(`insert into processed_event (consumer, event_id, processed_at) values ('sender-delegations', ?, now())`, [
      randomUUID(),
    ]);

    const [first, second] = await Promise.all([
      purgeExpired(fixture.orm, horizons, systemClock.now()),
      purgeExpired(fixture.orm, horizons, systemClock.now()),
    ]);
    const left = async (sql: string) => (await fixture.em().execute<{ n: number }[]>(sql))[0].n;
    console.log(
      `[security] purge: replicas=2 idempotency-deleted=${first.idempotencyRecords + second.idempotencyRecords} outbox-deleted=${first.outboxEvents + second.outboxEvents} ` +
        `processed-deleted=${first.processedEvents + second.processedEvents} (each replica: ${JSON.stringify(first)} / ${JSON.stringify(second)})`,
    );
    expect(first.idempotencyRecords + second.idempotencyRecords).toBe(rows - 10);
    expect(first.outboxEvents + second.outboxEvents).toBe(rows - 20);
    expect(first.processedEvents + second.processedEvents).toBe(rows);
    expect(await left('select count(*)::int as n from idempotency_record')).toBe(10);
    expect(await left('select count(*)::int as n from outbox_event where published_at is null')).toBe(10);
    expect(await left('select count(*)::int as n from outbox_event')).toBe(20);
    // Another consumer's ids are not this horizon's to judge; a recent id stays.
    expect(await left("select count(*)::int as n from processed_event where consumer = 'other-consumer'")).toBe(rows);
    expect(await left("select count(*)::int as n from processed_event where consumer = 'sender-delegations'")).toBe(1);
  });
});
