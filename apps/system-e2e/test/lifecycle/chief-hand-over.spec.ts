import { AccessEvents, type ChiefHandedOverData, type CloudEvent, Position, Quality, Streams } from '@chaman/contracts';
import { EventProbe } from '@chaman/testing';
import { OPERATOR, type Person, type RunningSystem, startSystem } from '../../src';
import { pollUntil } from '../../src/processes';
import { expectStatus } from '../delegation/delegation-fixtures';
import { type RegisteredEnterprise, registerEnterprise } from '../sender/sender-fixtures';

/** Issue #22 point 2 on the real bus and database: the chief hands over; an operator does it when the chief has left; always one chief. */
describe('handing over the chief access manager role', () => {
  let system: RunningSystem;
  let accessEvents: EventProbe;
  let enterprise: RegisteredEnterprise;
  let stranger: RegisteredEnterprise;

  const person = (sub: string): Person => ({ sub, name: `Person ${sub}`, email: `${sub}@example.be` });
  const members = () => `/api/v1/enterprises/${enterprise.cbe}/members`;
  const chiefRole = (cbe = enterprise.cbe) => `/api/v1/enterprises/${cbe}/chief-access-manager`;
  const appoint = async (member: Person, position: Position) =>
    expectStatus(
      await system.api.as(enterprise.chief, 'PUT', `${members()}/${member.sub}`, {
        body: { position, name: member.name, email: member.email },
      }),
      201,
    );
  const chiefs = async (as: Person) => {
    const listed = await system.api.as(as, 'GET', `${members()}?limit=100`);
    expectStatus(listed, 200);
    return (listed.body.items as Array<{ userId: string; position: Position }>)
      .filter((member) => member.position === Position.CHIEF_ACCESS_MANAGER)
      .map((member) => member.userId);
  };
  const handedOver = (where: (data: ChiefHandedOverData) => boolean) => (events: CloudEvent[]) =>
    events.some((event) => event.type === AccessEvents.chiefHandedOver.type && where(event.data as ChiefHandedOverData));

  const marie = person('marie');
  const paul = person('paul');
  const user = person('plain-user');

  beforeAll(async () => {
    system = await startSystem({ services: ['access'] });
    accessEvents = await new EventProbe(system.scope.infrastructure.natsUrl, system.scope.subjectPrefix, Streams.access).start();
    [enterprise, stranger] = await Promise.all([
      registerEnterprise(system, 7201, [Quality.EMPLOYER]),
      registerEnterprise(system, 7202, [Quality.EMPLOYER]),
    ]);
    await appoint(marie, Position.ACCESS_MANAGER);
    await appoint(paul, Position.ACCESS_MANAGER);
    await appoint(user, Position.USER);
  }, 120_000);
  afterAll(async () => {
    await accessEvents?.stop();
    await system?.stop();
  });

  it('refuses anyone but the chief or an operator, and a successor who is no member', async () => {
    expect((await system.api.as(marie, 'PUT', chiefRole(), { body: { userId: marie.sub } })).body).toMatchObject({
      status: 403,
      code: 'missingPermission',
    });
    expect((await system.api.as(user, 'PUT', chiefRole(), { body: { userId: user.sub } })).status).toBe(403);
    expect((await system.api.as(stranger.chief, 'PUT', chiefRole(), { body: { userId: stranger.chief.sub } })).status).toBe(404);
    expect((await system.api.as(enterprise.chief, 'PUT', chiefRole(), { body: { userId: 'nobody-here' } })).status).toBe(404);
    expect((await system.api.as(enterprise.chief, 'PUT', chiefRole(), { body: {} })).status).toBe(400);
    expect(await chiefs(enterprise.chief)).toEqual([enterprise.chief.sub]);
  });

  it('lets the chief appoint another member as chief; the previous chief stays an access manager', async () => {
    const handed = await system.api.as(enterprise.chief, 'PUT', chiefRole(), { body: { userId: marie.sub } });
    expectStatus(handed, 200);
    expect(handed.body).toMatchObject({ userId: marie.sub, position: Position.CHIEF_ACCESS_MANAGER });
    await accessEvents.waitFor(
      handedOver((data) => data.userId === marie.sub && data.previousUserId === enterprise.chief.sub && !data.byOperator),
    );
    expect(await chiefs(marie)).toEqual([marie.sub]);
    const previous = (await system.api.as(marie, 'GET', `${members()}?limit=100`)).body.items.find(
      (member: { userId: string }) => member.userId === enterprise.chief.sub,
    );
    expect(previous.position).toBe(Position.ACCESS_MANAGER);
    // The gateway's copy of the rights follows: the former chief can no longer hand the role over.
    await pollUntil(
      async () => (await system.api.as(enterprise.chief, 'PUT', chiefRole(), { body: { userId: enterprise.chief.sub } })).status === 403,
      {
        timeoutMs: 20_000,
        what: 'the former chief to lose the hand-over',
      },
    );
  });

  it('lets a platform operator hand the role over when the chief has left, as an operator action', async () => {
    const handed = await system.api.as(OPERATOR, 'PUT', chiefRole(), { body: { userId: paul.sub } });
    expectStatus(handed, 200);
    await accessEvents.waitFor(handedOver((data) => data.userId === paul.sub && data.byOperator && data.actorUserId === OPERATOR.sub));
    expect(await chiefs(paul)).toEqual([paul.sub]);
  });

  it('keeps exactly one chief under concurrent hand-overs', async () => {
    const candidates = [marie, enterprise.chief, user, paul];
    const answers = await Promise.all(
      candidates.map((candidate) => system.api.as(OPERATOR, 'PUT', chiefRole(), { body: { userId: candidate.sub } })),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    // Whoever held the role in between stays an access manager, like the first chief, who reads the list.
    const remaining = await chiefs(enterprise.chief);
    expect(remaining).toHaveLength(1);
    expect(candidates.map((candidate) => candidate.sub)).toContain(remaining[0]);
  }, 60_000);
});
