import {
  DelegationEvents,
  GetEnterprise,
  prefixedStreamName,
  prefixedSubject,
  RegisterEnterprise,
  Streams,
  TransitionDelegation,
} from '@chaman/contracts';
import { BUS_CLIENTS, ensureStream, ensureStreamExists, inboxPrefixOf, natsAuthOptions, SERVICE_DURABLES } from '@chaman/platform';
import { AckPolicy, connect, type NatsConnection, nkeys } from 'nats';
import { randomBytes } from 'node:crypto';
import { NatsServerProcess, RefusalLog } from '../../src/processes';

/**
 * The bus as production runs it, with the configuration generated from the bus permissions: each client is
 * tried where its role does not reach. Figures: how many attempts were made and how many got through.
 */
describe('secured bus: who may publish and subscribe where', () => {
  const prefix = `t${randomBytes(4).toString('hex')}`;
  const subject = (relative: string) => prefixedSubject(prefix, relative);
  const figures = { attempts: 0, refused: 0, allowed: 0 };
  let nats: NatsServerProcess;
  const open: NatsConnection[] = [];

  const as = async (client: (typeof BUS_CLIENTS)[number]) => {
    const connection = await nats.connectAs(client);
    open.push(connection);
    return { connection, log: new RefusalLog(connection) };
  };

  async function refused(attempt: Promise<boolean>): Promise<boolean> {
    figures.attempts += 1;
    const wasRefused = await attempt;
    if (wasRefused) figures.refused += 1;
    return wasRefused;
  }

  beforeAll(async () => {
    nats = await NatsServerProcess.start(prefix);
    for (const service of ['access', 'sender', 'delegation'] as const) {
      const { connection } = await as(service);
      await ensureStream(await connection.jetstreamManager(), prefix, Streams[service]);
    }
  });

  afterAll(async () => {
    await Promise.all(open.map((connection) => connection.close().catch(() => undefined)));
    await nats?.dispose();
    console.log(
      `[security] bus: clients=${BUS_CLIENTS.length} forbidden-attempts=${figures.attempts} refused=${figures.refused} got-through=${figures.attempts - figures.refused}`,
    );
  });

  it('refuses a client without credentials, and one with a key the server does not know', async () => {
    await expect(nats.connectAs(null)).rejects.toThrow(/authorization/i);
    const stranger = { ...nats.credentials('downstream'), nkeySeed: new TextDecoder().decode(nkeys.createUser().getSeed()) };
    await expect(connect({ servers: nats.url, reconnect: false, ...natsAuthOptions(stranger) })).rejects.toThrow(/authorization/i);
  });

  it('lets downstream credentials read the public stream with a durable of their own', async () => {
    const { connection } = await as('downstream');
    const manager = await connection.jetstreamManager();
    const streamName = prefixedStreamName(prefix, Streams.delegation.name);
    await manager.consumers.add(streamName, {
      durable_name: 'downstream-erp',
      ack_policy: AckPolicy.Explicit,
      filter_subject: subject(Streams.delegation.subjects),
    });
    const consumer = await connection.jetstream().consumers.get(streamName, 'downstream-erp');
    expect((await consumer.info()).name).toBe('downstream-erp');
  });

  it('forbids downstream credentials every command, answer, event, other inbox, internal stream and service durable', async () => {
    const { connection, log } = await as('downstream');
    expect(await refused(log.publishRefused(subject(RegisterEnterprise.subject), '{}'))).toBe(true);
    expect(await refused(log.publishRefused(subject(TransitionDelegation.subject), '{}'))).toBe(true);
    expect(await refused(log.subscriptionRefused(subject(GetEnterprise.subject)))).toBe(true);
    expect(await refused(log.subscriptionRefused(subject(GetEnterprise.subject), 'access-service'))).toBe(true);
    expect(await refused(log.publishRefused(subject(DelegationEvents.accepted.subject), '{"specversion":"1.0","type":"forged"}'))).toBe(
      true,
    );
    expect(await refused(log.subscriptionRefused(`${inboxPrefixOf('gateway')}.>`))).toBe(true);
    expect(await refused(log.subscriptionRefused('_INBOX.>'))).toBe(true);
    expect(await refused(log.subscriptionRefused('>'))).toBe(true);
    const accessStream = prefixedStreamName(prefix, Streams.access.name);
    expect(await refused(log.publishRefused(`$JS.API.CONSUMER.DURABLE.CREATE.${accessStream}.spy`, '{}'))).toBe(true);
    const { stream, durable } = SERVICE_DURABLES.senderDelegations;
    const delegationStream = prefixedStreamName(prefix, stream.name);
    expect(await refused(log.publishRefused(`$JS.API.CONSUMER.MSG.NEXT.${delegationStream}.${durable}`, '{"batch":1}'))).toBe(true);
    expect(await refused(log.publishRefused(`$JS.API.CONSUMER.DELETE.${delegationStream}.${durable}`, ''))).toBe(true);
    expect(await refused(log.publishRefused(`$JS.API.STREAM.PURGE.${delegationStream}`, ''))).toBe(true);
    expect(connection.isClosed()).toBe(false);
  });

  it("forbids a service another service's events, subjects, inbox and stream administration", async () => {
    const { log } = await as('sender');
    expect(await refused(log.publishRefused(subject(DelegationEvents.accepted.subject), '{}'))).toBe(true);
    expect(await refused(log.subscriptionRefused(subject(GetEnterprise.subject), 'access-service'))).toBe(true);
    expect(await refused(log.subscriptionRefused(`${inboxPrefixOf('delegation')}.>`))).toBe(true);
    expect(await refused(log.publishRefused(subject(RegisterEnterprise.subject), '{}'))).toBe(true);
    const delegationStream = prefixedStreamName(prefix, Streams.delegation.name);
    expect(await refused(log.publishRefused(`$JS.API.STREAM.UPDATE.${delegationStream}`, '{}'))).toBe(true);
    expect(await refused(log.publishRefused(`$JS.API.STREAM.DELETE.${delegationStream}`, ''))).toBe(true);
  });

  it('lets no reader create a stream it does not own, and only its owner update the shared parked stream', async () => {
    const { log: sender } = await as('sender');
    const { log: notification } = await as('notification');
    const { log: delegation } = await as('delegation');
    const admin = (action: string, stream: { name: string }) => `$JS.API.STREAM.${action}.${prefixedStreamName(prefix, stream.name)}`;
    expect(await refused(sender.publishRefused(admin('CREATE', Streams.delegation), '{}'))).toBe(true);
    expect(await refused(notification.publishRefused(admin('CREATE', Streams.access), '{}'))).toBe(true);
    expect(await refused(sender.publishRefused(admin('UPDATE', Streams.parked), '{}'))).toBe(true);
    expect(await refused(notification.publishRefused(admin('UPDATE', Streams.parked), '{}'))).toBe(true);
    figures.allowed += 1;
    expect(await delegation.publishRefused(admin('UPDATE', Streams.parked), '{}')).toBe(false);
  });

  it('leaves a stream a reader starts before to its owner: the reader looks, never creates it, and finds it once made', async () => {
    const early = `t${randomBytes(4).toString('hex')}`;
    const server = await NatsServerProcess.start(early);
    try {
      const [reader, owner] = await Promise.all([server.connectAs('access'), server.connectAs('sender')]);
      const readerManager = await reader.jetstreamManager();
      const ownerManager = await owner.jetstreamManager();
      const exists = () =>
        ownerManager.streams.info(prefixedStreamName(early, Streams.sender.name)).then(
          () => true,
          () => false,
        );
      const before = { readerSees: await ensureStreamExists(readerManager, early, Streams.sender), exists: await exists() };
      await ensureStream(ownerManager, early, Streams.sender);
      const after = { readerSees: await ensureStreamExists(readerManager, early, Streams.sender), exists: await exists() };
      expect({ before, after }).toEqual({ before: { readerSees: false, exists: false }, after: { readerSees: true, exists: true } });
      await Promise.all([reader.close(), owner.close()]);
    } finally {
      await server.dispose();
    }
  });

  it('lets a service answer its own subjects only in its queue group, and the gateway answer nothing', async () => {
    const { log: access } = await as('access');
    figures.allowed += 1;
    expect(await access.subscriptionRefused(subject(GetEnterprise.subject), 'access-service')).toBe(false);
    expect(await refused(access.subscriptionRefused(subject(GetEnterprise.subject)))).toBe(true);
    const { log: gateway } = await as('gateway');
    expect(await refused(gateway.subscriptionRefused(subject(GetEnterprise.subject), 'access-service'))).toBe(true);
    expect(await refused(gateway.publishRefused(subject(DelegationEvents.accepted.subject), '{}'))).toBe(true);
    expect(await gateway.publishRefused(subject(GetEnterprise.subject), '{}')).toBe(false);
  });
});
