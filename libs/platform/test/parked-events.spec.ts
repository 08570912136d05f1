import { type CloudEvent, DelegationEvents, prefixedSubject, ProblemException, Streams } from '@chaman/contracts';
import { randomUUID } from 'node:crypto';
import { eventSourceOf } from '../src/bus-access/event-origin';
import type { ServiceConfig } from '../src/config/service-config';
import { DurableConsumer } from '../src/jetstream/durable-consumer';
import type { EventConsumers } from '../src/jetstream/event-consumers';
import { ParkedEvents } from '../src/jetstream/parked-events';
import { ensureStream } from '../src/jetstream/streams';
import { PlatformFixture, silentLogger } from './platform-fixture';

const SERVICE = 'platform-test';

function cloudEvent(subject: string): CloudEvent {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: eventSourceOf('delegation'),
    type: DelegationEvents.accepted.type,
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    data: {},
  };
}

/** The operator's desk side of parking (real PostgreSQL and JetStream): list, replay once through the consumer, discard. */
describe('parked events', () => {
  const fixture = new PlatformFixture();
  const applied: string[] = [];
  let broken = true;
  let consumer: DurableConsumer;
  let parked: ParkedEvents;

  beforeAll(async () => {
    await fixture.start();
    await ensureStream(fixture.jetstream.manager, fixture.scope.subjectPrefix, Streams.parked);
    consumer = new DurableConsumer(
      fixture.orm,
      fixture.jetstream.client,
      fixture.jetstream.manager,
      {
        durable: 'desk-test',
        stream: Streams.delegation,
        handle: async (event) => {
          if (broken) throw new Error('not yet');
          applied.push(event.subject);
        },
      },
      { subjectPrefix: fixture.scope.subjectPrefix, service: SERVICE, maxDeliveries: 2, batchMax: 64, ackWaitMs: 2_000 },
      silentLogger,
    );
    await consumer.start();
    const consumers = { consumerNamed: (durable: string) => (durable === 'desk-test' ? consumer : undefined) } as unknown as EventConsumers;
    parked = new ParkedEvents(fixture.jetstream, consumers, {
      subjectPrefix: fixture.scope.subjectPrefix,
      service: SERVICE,
    } as unknown as ServiceConfig);
  });
  afterAll(async () => {
    await consumer?.stop();
    await fixture.stop();
  });

  const publish = (event: CloudEvent) =>
    fixture.jetstream.client.publish(
      prefixedSubject(fixture.scope.subjectPrefix, DelegationEvents.accepted.subject),
      JSON.stringify(event),
      { msgID: event.id },
    );
  async function parkedNamed(subject: string) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = (await parked.list(0, 100)).items.find((item) => item.subject === subject);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`${subject} never parked`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const problemOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => (error instanceof ProblemException ? error.problem.code : String(error)),
    );

  it('lists what the service parked, replays it once through its consumer when it can be applied, then forgets it', async () => {
    await publish(cloudEvent('fixable'));
    const item = await parkedNamed('fixable');
    expect(item).toMatchObject({ durable: 'desk-test', service: SERVICE, eventType: DelegationEvents.accepted.type, reason: 'not yet' });
    expect(await problemOf(parked.replay(item.sequence))).toBe('parkedEventStillFails');
    broken = false;
    await parked.replay(item.sequence);
    expect(applied).toEqual(['fixable']);
    expect((await parked.list(0, 100)).items.map((parkedItem) => parkedItem.sequence)).not.toContain(item.sequence);
    expect(await problemOf(parked.replay(item.sequence))).toBe('resourceNotFound');
  });

  it("discards on request, and knows nothing of another service's parked events", async () => {
    broken = true;
    await publish(cloudEvent('dropped'));
    const item = await parkedNamed('dropped');
    await parked.discard(item.sequence);
    expect((await parked.list(0, 100)).items.map((parkedItem) => parkedItem.sequence)).not.toContain(item.sequence);
    const other = await fixture.jetstream.client.publish(
      prefixedSubject(fixture.scope.subjectPrefix, 'parked.other-service.its-durable'),
      JSON.stringify(cloudEvent('theirs')),
    );
    expect(await problemOf(parked.discard(other.seq))).toBe('resourceNotFound');
    expect((await parked.list(0, 100)).items.some((parkedItem) => parkedItem.sequence === other.seq)).toBe(false);
  });
});
