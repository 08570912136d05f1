import { type CloudEvent, DelegationEvents, type EventDefinition, prefixedStreamName, prefixedSubject, Streams } from '@chaman/contracts';
import { EventProbe } from '@chaman/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { eventSourceOf } from '../src/bus-access/event-origin';
import { consumerFilter, DurableConsumer } from '../src/jetstream/durable-consumer';
import { PlatformFixture, silentLogger } from './platform-fixture';

function cloudEvent(
  id: string,
  subject: string,
  source = eventSourceOf('delegation'),
  definition: EventDefinition<unknown> = DelegationEvents.accepted,
): CloudEvent {
  return {
    specversion: '1.0',
    id,
    source,
    type: definition.type,
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    dataschema: definition.dataschema,
    data: {},
  };
}

describe('durable consumer (real PostgreSQL and JetStream)', () => {
  const fixture = new PlatformFixture();
  let parked: EventProbe;

  beforeAll(async () => {
    await fixture.start();
    parked = await new EventProbe(fixture.config.natsUrl, fixture.scope.subjectPrefix, Streams.parked).start();
  });
  afterAll(async () => {
    await parked?.stop();
    await fixture.stop();
  });

  const publish = (payload: unknown, msgID = randomUUID(), definition: EventDefinition<unknown> = DelegationEvents.accepted) =>
    fixture.jetstream.client.publish(
      prefixedSubject(fixture.scope.subjectPrefix, definition.subject),
      typeof payload === 'string' ? payload : JSON.stringify(payload),
      { msgID },
    );

  const alerts: string[] = [];
  const safeguarded: Array<string | undefined> = [];

  function consumer(
    durable: string,
    handle: (event: CloudEvent, em: EntityManager) => Promise<void>,
    events?: readonly EventDefinition<unknown>[],
  ) {
    return new DurableConsumer(
      fixture.orm,
      fixture.jetstream.client,
      fixture.jetstream.manager,
      { durable, stream: Streams.delegation, events, handle, onParked: async (event) => void safeguarded.push(event?.subject) },
      {
        subjectPrefix: fixture.scope.subjectPrefix,
        service: 'platform-test',
        maxDeliveries: 3,
        batchMax: 64,
        ackWaitMs: 2_000,
        alert: (name) => void alerts.push(name),
      },
      silentLogger,
    );
  }

  function waitUntil(condition: () => boolean, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const deadline = Date.now() + 10_000;
      const check = () =>
        condition() ? resolve() : Date.now() > deadline ? reject(new Error(`timed out waiting for ${what}`)) : setImmediate(check);
      check();
    });
  }

  it('applies an event once even when it is delivered twice, and survives a restart without re-applying', async () => {
    const applied: string[] = [];
    const first = consumer('idempotent', async (event) => void applied.push(event.subject));
    await first.start();
    const twice = cloudEvent(randomUUID(), 'twice');
    // Two publishes with different message ids bypass JetStream deduplication: the consumer must still apply once.
    await publish(twice);
    await publish(twice);
    await publish(cloudEvent(randomUUID(), 'marker'));
    await waitUntil(() => applied.includes('marker'), 'the marker event');
    await first.stop();

    const second = consumer('idempotent', async (event) => void applied.push(event.subject));
    await second.start();
    await publish(cloudEvent(randomUUID(), 'after-restart'));
    await waitUntil(() => applied.includes('after-restart'), 'the event after restart');
    await second.stop();
    expect(applied).toEqual(['twice', 'marker', 'after-restart']);
  });

  it('parks a poison event after the delivery limit and goes on with the next ones', async () => {
    const applied: string[] = [];
    const attempts = new Map<string, number>();
    const subject = consumer('poison', async (event) => {
      attempts.set(event.subject, (attempts.get(event.subject) ?? 0) + 1);
      if (event.subject === 'poison') throw new Error('cannot apply this one');
      applied.push(event.subject);
    });
    await subject.start();
    await publish(cloudEvent(randomUUID(), 'poison'));
    await publish('{not json');
    await publish(cloudEvent(randomUUID(), 'healthy'));
    await waitUntil(() => applied.includes('healthy'), 'the healthy event');
    await parked.waitFor((events) => events.some((event) => event.subject === 'poison'));
    await waitUntil(() => parked.malformed === 1, 'the malformed message to be parked');
    await subject.stop();
    expect(attempts.get('poison')).toBe(3);
    expect(parked.received.some((event) => event.subject === 'poison')).toBe(true);
  });

  it('refuses an event whose source is not the owner of its stream: never handled, parked, alerted, its safeguard run', async () => {
    const applied: string[] = [];
    const subject = consumer('authentic', async (event) => void applied.push(event.subject));
    await subject.start();
    await publish(cloudEvent(randomUUID(), 'forged', '/chaman/attacker'));
    await publish(cloudEvent(randomUUID(), 'genuine'));
    await waitUntil(() => applied.includes('genuine'), 'the genuine event');
    await parked.waitFor((events) => events.some((event) => event.subject === 'forged'));
    await subject.stop();
    expect(applied).not.toContain('forged');
    expect(alerts).toContain('inauthentic-event');
    expect(safeguarded).toContain('forged');
  });

  it('applies events that queued up in shared transactions, in stream order, once each; a poison one among them is parked alone', async () => {
    const durable = 'batched';
    // The durable exists before the events arrive, so that they queue up for it while nothing consumes.
    const idle = consumer(durable, async () => undefined);
    await idle.start();
    await idle.stop();
    const names = Array.from({ length: 40 }, (_, index) => `queued-${index}`);
    const duplicate = cloudEvent(randomUUID(), 'queued-0');
    for (const name of names.slice(0, 20)) await publish(name === 'queued-0' ? duplicate : cloudEvent(randomUUID(), name));
    await publish(duplicate);
    await publish(cloudEvent(randomUUID(), 'batch-poison'));
    for (const name of names.slice(20)) await publish(cloudEvent(randomUUID(), name));

    // What a handler commits is what counts: a batch that fails is rolled back and applied again event by event.
    await (fixture.orm.em.fork() as EntityManager).execute(
      'create table batch_applied (seq serial primary key, name text not null, tx text not null)',
    );
    // The durable reads the stream from its start: the earlier tests' events are applied too, and left out here.
    const committed = async () =>
      await (fixture.orm.em.fork() as EntityManager).execute<Array<{ name: string; tx: string }>>(
        `select name, tx from batch_applied where name like 'queued-%' order by seq`,
      );
    let poisonAttempts = 0;
    const subject = consumer(durable, async (event, em) => {
      if (event.subject === 'batch-poison') {
        poisonAttempts += 1;
        throw new Error('cannot apply this one');
      }
      await em.execute('insert into batch_applied (name, tx) values (?, txid_current()::text)', [event.subject]);
    });
    await subject.start();
    await parked.waitFor((events) => events.some((event) => event.subject === 'batch-poison'));
    let rows = await committed();
    for (const deadline = Date.now() + 10_000; rows.length < names.length && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      rows = await committed();
    }
    await subject.stop();
    expect(rows.map((row) => row.name)).toEqual(names);
    expect(poisonAttempts).toBe(3);
    expect(new Set(rows.map((row) => row.tx)).size).toBeLessThan(names.length);
  });

  it('receives only the event types it acts on: one type filtered by the server, several here on NATS < 2.10', async () => {
    const single = { applied: [] as string[], durable: 'filtered-one' };
    const several = { applied: [] as string[], durable: 'filtered-several' };
    const one = consumer(single.durable, async (event) => void single.applied.push(event.subject), [DelegationEvents.revoked]);
    const two = consumer(several.durable, async (event) => void several.applied.push(event.subject), [
      DelegationEvents.revoked,
      DelegationEvents.ended,
    ]);
    await one.start();
    await two.start();
    const streamName = prefixedStreamName(fixture.scope.subjectPrefix, Streams.delegation.name);
    const filterOf = async (durable: string) => (await fixture.jetstream.manager.consumers.info(streamName, durable)).config.filter_subject;
    expect(await filterOf(single.durable)).toBe(prefixedSubject(fixture.scope.subjectPrefix, DelegationEvents.revoked.subject));
    for (const [name, definition] of [
      ['f-requested', DelegationEvents.requested],
      ['f-revoked', DelegationEvents.revoked],
      ['f-accepted', DelegationEvents.accepted],
      ['f-ended', DelegationEvents.ended],
    ] as const)
      await publish(cloudEvent(randomUUID(), name, eventSourceOf('delegation'), definition), randomUUID(), definition);
    await waitUntil(() => single.applied.includes('f-revoked') && several.applied.includes('f-ended'), 'the filtered events');
    await one.stop();
    await two.stop();
    expect(single.applied.filter((name) => name.startsWith('f-'))).toEqual(['f-revoked']);
    expect(several.applied.filter((name) => name.startsWith('f-'))).toEqual(['f-revoked', 'f-ended']);
    // Passed over without a transaction: no processed mark for what was never applied.
    const marks = await (fixture.orm.em.fork() as EntityManager).execute<Array<{ count: number }>>(
      'select count(*)::int as count from processed_event where consumer = ?',
      [several.durable],
    );
    expect(marks[0].count).toBe(2);
  });

  it('asks the server for several filter subjects only where it takes them', () => {
    const spec = { stream: Streams.delegation, events: [DelegationEvents.revoked, DelegationEvents.ended] };
    expect(consumerFilter('p', { stream: Streams.delegation }, true)).toEqual({
      filter_subject: 'p.events.delegation.>',
      filter_subjects: undefined,
    });
    expect(consumerFilter('p', { stream: Streams.delegation, events: [DelegationEvents.revoked] }, false)).toEqual({
      filter_subject: 'p.events.delegation.v1.revoked',
      filter_subjects: undefined,
    });
    expect(consumerFilter('p', spec, false)).toEqual({ filter_subject: 'p.events.delegation.>', filter_subjects: undefined });
    expect(consumerFilter('p', spec, true)).toEqual({
      filter_subject: undefined,
      filter_subjects: ['p.events.delegation.v1.revoked', 'p.events.delegation.v1.ended'],
    });
  });
});
