import { AccessEvents, prefixedStreamName, Streams, TECHNICAL_CHANNELS_PERMISSION } from '@chaman/contracts';
import { RightsFeed } from '@chaman/gateway';
import { connect, type NatsConnection } from 'nats';
import { OPERATOR, type Person, type RunningSystem, startSystem } from '../../src';
import { pollUntil } from '../../src/processes/poll-until';

const CBE = '0123456749';
const person = (sub: string) => ({ sub, name: sub, email: `${sub}@example.test` }) satisfies Person;
const chief = person('chief-age');
const group = person('group-age');
const sendersPath = `/api/v1/enterprises/${CBE}/senders`;

/**
 * The access stream is a bounded transport: its oldest events go first. A gateway that rebuilds its rights copy
 * from what is left must never grant a right that was withdrawn in an event it can no longer read.
 */
describe("the gateway's rights copy rebuilt after old access events aged out", () => {
  let system: RunningSystem;
  let nats: NatsConnection;

  beforeAll(async () => {
    system = await startSystem({ services: ['access', 'sender'] });
    nats = await connect({ servers: system.scope.infrastructure.natsUrl });
  });
  afterAll(async () => {
    await nats?.close();
    await system?.stop();
  });

  it("refuses a group manager's withdrawn right when only the last member-changed event is left in the stream", async () => {
    const registration = {
      enterpriseNumber: CBE,
      name: 'Ageing',
      qualities: ['CPAS'],
      chiefAccessManager: { userId: chief.sub, name: chief.name, email: chief.email },
    };
    expect((await system.api.as(OPERATOR, 'POST', '/api/v1/enterprises', { body: registration })).status).toBe(201);
    const appoint = (name: string) =>
      system.api.as(chief, 'PUT', `/api/v1/enterprises/${CBE}/members/${group.sub}`, {
        body: { position: 'GROUP_MANAGER', name, email: group.email },
      });
    expect((await appoint(group.name)).status).toBe(201);
    const asGroup = () => system.api.as(group, 'GET', sendersPath);
    await pollUntil(async () => (await asGroup()).status === 200, { what: 'the default right', timeoutMs: 10_000 });
    const withdraw = `/api/v1/enterprises/${CBE}/members/${group.sub}/permissions/${TECHNICAL_CHANNELS_PERMISSION}`;
    expect((await system.api.as(chief, 'DELETE', withdraw)).status).toBe(204);
    // Only the details change: the withdrawal stands, and the event saying so is the last of the stream.
    expect((await appoint('Group Renamed')).status).toBe(200);
    await pollUntil(async () => (await asGroup()).status === 403, { what: 'the withdrawal applied', timeoutMs: 10_000 });

    // Limits small enough that every older event ages out: the appointment and the withdrawal are gone.
    const manager = await nats.jetstreamManager();
    const stream = prefixedStreamName(system.scope.subjectPrefix, Streams.access.name);
    const lastType = async () =>
      JSON.parse(new TextDecoder().decode((await manager.streams.getMessage(stream, { last_by_subj: '>' })).data)).type;
    await pollUntil(async () => (await lastType()) === AccessEvents.memberChanged.type, {
      what: 'member-changed stored',
      timeoutMs: 10_000,
    });
    const { config } = await manager.streams.info(stream);
    await manager.streams.update(stream, { ...config, max_msgs: 1 });
    expect((await manager.streams.info(stream)).state.messages).toBe(1);

    const replica = await system.startGatewayReplica();
    await pollUntil(() => replica.app.get(RightsFeed).state().current, {
      what: 'the rebuilt copy current',
      timeoutMs: 10_000,
      intervalMs: 10,
    });
    const statuses = [(await replica.api.as(group, 'GET', sendersPath)).status, (await replica.api.as(chief, 'GET', sendersPath)).status];
    console.log(`[security] rights-copy-ageing: events-left=1 withdrawn-right-status=${statuses[0]} chief-status=${statuses[1]}`);
    expect(statuses).toEqual([403, 200]);
  });
});
