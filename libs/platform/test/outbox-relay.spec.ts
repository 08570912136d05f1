import { type CloudEvent, DelegationEvents, type DelegationEventData, prefixedStreamName, Streams } from '@chaman/contracts';
import { EventProbe } from '@chaman/testing';
import { EventRecorder } from '../src/outbox/event-recorder';
import { OutboxEvent } from '../src/outbox/outbox-event.entity';
import { OutboxRelay, type RelayedEvent } from '../src/outbox/outbox-relay';
import { OutboxCommitSubscriber } from '../src/outbox/outbox-commit.subscriber';
import { ormOptions } from '../src/database/orm-options';
import { MikroORM } from '@mikro-orm/core';
import { PlatformFixture, silentLogger } from './platform-fixture';

const data = (id: string) => ({ delegation: { id }, actor: {} }) as unknown as DelegationEventData;

describe('outbox relay (real PostgreSQL and JetStream)', () => {
  const fixture = new PlatformFixture();
  const recorder = new EventRecorder('/chaman/test');
  let probe: EventProbe;

  beforeAll(async () => {
    await fixture.start();
    probe = await new EventProbe(fixture.config.natsUrl, fixture.scope.subjectPrefix, Streams.delegation).start();
  });
  afterAll(async () => {
    await probe?.stop();
    await fixture.stop();
  });

  const relay = (afterPublish?: (events: RelayedEvent[]) => Promise<void>) =>
    new OutboxRelay(
      fixture.orm,
      fixture.jetstream.client,
      { subjectPrefix: fixture.scope.subjectPrefix, pollMs: 50, afterPublish },
      silentLogger,
    );

  async function commitEvents(count: number, tag: string): Promise<CloudEvent[]> {
    const em = fixture.em();
    return em.transactional(async (tx) =>
      Array.from({ length: count }, (_, i) => recorder.record(tx, DelegationEvents.accepted, `${tag}-${i}`, data(`${tag}-${i}`))),
    );
  }

  it('publishes an event committed while no relay ran (crash between commit and publish) exactly once after restart', async () => {
    const events = await commitEvents(3, 'before-restart');
    // The process that committed died before relaying: a new relay starts and finds the rows.
    const restarted = relay();
    restarted.start();
    await probe.waitFor((received) => events.every((event) => received.some((r) => r.id === event.id)));
    await restarted.stop();
    for (const event of events) expect(probe.received.filter((r) => r.id === event.id)).toHaveLength(1);
    expect(await fixture.em().count(OutboxEvent, { publishedAt: null })).toBe(0);
  });

  it('does not duplicate when the relay dies after publishing and before marking the rows', async () => {
    const events = await commitEvents(5, 'crash-after-publish');
    const crashing = relay(async () => {
      throw new Error('simulated crash between publish and mark');
    });
    await expect(crashing.drain()).rejects.toThrow('simulated crash');
    expect(await fixture.em().count(OutboxEvent, { publishedAt: null })).toBe(5);

    const restarted = relay();
    expect(await restarted.drain()).toBe(5);
    await probe.waitFor((received) => events.every((event) => received.some((r) => r.id === event.id)));

    // The stream itself holds each event once: the re-publish was discarded by Nats-Msg-Id deduplication.
    const info = await fixture.jetstream.manager.streams.info(prefixedStreamName(fixture.scope.subjectPrefix, Streams.delegation.name));
    expect(info.state.messages).toBe(probe.received.length);
    for (const event of events) expect(probe.received.filter((r) => r.id === event.id)).toHaveLength(1);
  });

  it('leaves nothing behind when the change rolls back', async () => {
    const before = await fixture.em().count(OutboxEvent, {});
    await expect(
      fixture.em().transactional(async (tx) => {
        recorder.record(tx, DelegationEvents.accepted, 'rolled-back', data('rolled-back'));
        await tx.flush();
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await fixture.em().count(OutboxEvent, {})).toBe(before);
  });

  it('relays from one replica at a time: another finds the lock taken while a pass publishes, and takes it after', async () => {
    await commitEvents(2, 'one-at-a-time');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let publishing: () => void = () => undefined;
    const inPass = new Promise<void>((resolve) => (publishing = resolve));
    const first = relay(async () => {
      publishing();
      await held;
    });
    const second = relay();
    const firstPass = first.drain();
    await inPass;
    expect(await second.drain()).toBe(0);
    release();
    expect(await firstPass).toBe(2);
    await commitEvents(1, 'after-the-first');
    expect(await second.drain()).toBe(1);
    await first.stop();
    await second.stop();
  });

  it('publishes in commit order', async () => {
    const events = await commitEvents(20, 'ordered');
    await relay().drain();
    await probe.waitFor((received) => events.every((event) => received.some((r) => r.id === event.id)));
    const order = probe.received.filter((r) => r.subject.startsWith('ordered-')).map((r) => r.id);
    expect(order).toEqual(events.map((event) => event.id));
  });

  it('is woken by a commit that wrote outbox rows, and only by such a commit (it never spins on its own passes)', async () => {
    const commits = new OutboxCommitSubscriber();
    const orm = await MikroORM.init(ormOptions(fixture.config, { entities: [], migrations: [] }, [commits]));
    const awake = new OutboxRelay(
      orm,
      fixture.jetstream.client,
      { subjectPrefix: fixture.scope.subjectPrefix, pollMs: 60_000 },
      silentLogger,
    );
    let wakeUps = 0;
    commits.onCommit(() => {
      wakeUps += 1;
      awake.kick();
    });
    awake.start();
    try {
      const [event] = await orm.em
        .fork()
        .transactional(async (tx) => [recorder.record(tx, DelegationEvents.accepted, 'woken', data('woken'))]);
      // The poll interval is a minute: only the commit's wake-up can deliver it in time.
      await probe.waitFor((received) => received.some((r) => r.id === event.id), 5_000);
      const afterDelivery = wakeUps;
      await orm.em.fork().transactional(async (tx) => tx.count(OutboxEvent, {}));
      expect(afterDelivery).toBe(1);
      expect(wakeUps).toBe(1);
    } finally {
      await awake.stop();
      await orm.close();
    }
  });
});
