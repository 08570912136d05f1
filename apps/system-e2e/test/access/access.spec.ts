import { AccessEvents, Authorize, type AuthorizeReply, Capability, Streams } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { EventProbe } from '@chaman/testing';
import { OPERATOR, type Person, startSystem, type RunningSystem } from '../../src';
import { pollUntil } from '../../src/processes/poll-until';

const A = '0123456749';
const B = '0403170701';
const UNREGISTERED = '0876543270';
const RIGHT = 'chaman.technical-channels';

const person = (sub: string, name: string): Person => ({ sub, name, email: `${sub}@example.test` });
const chiefA = person('chief-a', 'Chloé Chief');
const managerA = person('manager-a', 'Adam Access');
const groupA = person('group-a', 'Gaston Group');
const userA = person('user-a', 'Ulla User');
const grantedA = person('granted-a', 'Gina Granted');
const targetA = person('target-a', 'Theo Target');
const chiefB = person('chief-b', 'Bernard Boss');

describe('access: enterprises, positions, the Chaman right and the authorisation decision', () => {
  let system: RunningSystem;
  let bus: BusClient;
  let events: EventProbe;

  const api = (who: Person, method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    system.api.as(who, method, `/api/v1${path}`, { body, headers });
  const authorize = (who: Person, capability: Capability, enterpriseNumber = A): Promise<AuthorizeReply> =>
    bus.send(Authorize, { userId: who.sub, isOperator: (who.roles ?? []).includes('chaman-admin'), enterpriseNumber, capability });
  const appoint = (by: Person, who: Person, position: string, enterpriseNumber = A) =>
    api(by, 'PUT', `/enterprises/${enterpriseNumber}/members/${who.sub}`, { position, name: who.name, email: who.email });
  const registration = (enterpriseNumber: string, name: string, chief: Person) => ({
    enterpriseNumber,
    name,
    qualities: ['EMPLOYER', 'CPAS'],
    chiefAccessManager: { userId: chief.sub, name: chief.name, email: chief.email },
  });

  beforeAll(async () => {
    // The sender-service stays down at first: `GET /me` must still answer, with the senders unknown.
    system = await startSystem({ services: ['access'] });
    bus = new BusClient({ natsUrl: system.scope.infrastructure.natsUrl, subjectPrefix: system.scope.subjectPrefix, name: 'access-e2e' });
    await bus.connect();
    events = await new EventProbe(system.scope.infrastructure.natsUrl, system.scope.subjectPrefix, Streams.access).start();
  });
  afterAll(async () => {
    await events?.stop();
    await bus?.close();
    await system?.stop();
  });

  it('lets only an operator register an enterprise, validating its number and refusing a duplicate', async () => {
    const byPerson = await api(chiefA, 'POST', '/enterprises', registration(A, 'Alpha', chiefA));
    expect(byPerson.status).toBe(403);
    expect(byPerson.body.type).toBe('urn:problem-type:belgif:missingPermission');

    const invalid = await api(OPERATOR, 'POST', '/enterprises', { ...registration('0123456748', 'Alpha', chiefA), qualities: ['NOPE'] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues).toEqual([
      expect.objectContaining({
        in: 'body',
        name: 'enterpriseNumber',
        detail: expect.stringContaining('97 - (the first 8 digits mod 97)'),
      }),
      expect.objectContaining({ in: 'body', name: 'qualities' }),
    ]);

    const key = { 'idempotency-key': 'register-alpha-1' };
    const created = await api(OPERATOR, 'POST', '/enterprises', registration('BE0123.456.749', 'Alpha', chiefA), key);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      enterpriseNumber: A,
      name: 'Alpha',
      qualities: ['EMPLOYER', 'CPAS'],
      chiefAccessManager: { userId: chiefA.sub },
    });
    const replayed = await api(OPERATOR, 'POST', '/enterprises', registration('BE0123.456.749', 'Alpha', chiefA), key);
    expect(replayed.status).toBe(201);
    expect(replayed.body).toEqual(created.body);

    const duplicate = await api(OPERATOR, 'POST', '/enterprises', registration('0123.456.749', 'Alpha again', chiefA));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.type).toBe('urn:problem-type:chaman:enterpriseAlreadyRegistered');

    expect((await api(OPERATOR, 'POST', '/enterprises', registration(B, 'Bravo', chiefB))).status).toBe(201);
    await events.waitFor((received) => received.filter((event) => event.type === AccessEvents.enterpriseRegistered.type).length === 2);
    expect(events.ofType(AccessEvents.enterpriseRegistered.type).map((event) => event.subject)).toEqual([A, B]);
  });

  it('lets the chief access manager and access managers appoint the team (201 new, 200 change)', async () => {
    expect((await appoint(chiefA, managerA, 'ACCESS_MANAGER')).status).toBe(201);
    expect((await appoint(managerA, groupA, 'GROUP_MANAGER')).status).toBe(201);
    for (const member of [userA, grantedA, targetA]) expect((await appoint(managerA, member, 'USER')).status).toBe(201);
    const unchanged = await appoint(chiefA, userA, 'USER');
    expect(unchanged.status).toBe(200);
    expect(unchanged.body).toMatchObject({
      userId: userA.sub,
      position: 'USER',
      holdsTechnicalChannelsRight: false,
      appointedBy: managerA.sub,
    });

    const granted = await api(groupA, 'PUT', `/enterprises/${A}/members/${grantedA.sub}/permissions/${RIGHT}`);
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ held: true, basis: 'GRANT', decidedBy: groupA.sub });
    await events.waitFor((received) => received.some((event) => event.type === AccessEvents.permissionGranted.type));
    const appointed = events.ofType(AccessEvents.memberAppointed.type).filter((event) => event.subject === A);
    expect(appointed.map((event) => (event.data as { userId: string }).userId)).toEqual([
      chiefA.sub,
      managerA.sub,
      groupA.sub,
      userA.sub,
      grantedA.sub,
      targetA.sub,
    ]);
  });

  // Each position (and a granted user, a member of another enterprise, an operator) against each action.
  it.each([
    // who,               view, list, appoint, grant, revoke, manage channels
    ['chief', chiefA, 200, 200, 201, 200, 204, 'allowed'],
    ['access manager', managerA, 200, 200, 201, 200, 204, 'allowed'],
    ['group manager', groupA, 200, 403, 403, 200, 204, 'allowed'],
    ['user', userA, 200, 403, 403, 403, 403, 'missingTechnicalChannelsRight'],
    ['granted user', grantedA, 200, 403, 403, 403, 403, 'allowed'],
    ['member of B', chiefB, 404, 404, 404, 404, 404, 'resourceNotFound'],
    ['operator', OPERATOR, 200, 403, 403, 403, 403, 'missingPermission'],
  ] as const)('matrix: %s', async (_, who, view, list, appointStatus, grant, revoke, channels) => {
    expect((await api(who, 'GET', `/enterprises/${A}`)).status).toBe(view);
    expect((await api(who, 'GET', `/enterprises/${A}/members`)).status).toBe(list);
    const newcomer = person(`newcomer-of-${who.sub}`, 'New Comer');
    expect((await appoint(who, newcomer, 'USER')).status).toBe(appointStatus);
    if (appointStatus === 201) expect((await api(chiefA, 'DELETE', `/enterprises/${A}/members/${newcomer.sub}`)).status).toBe(204);
    expect((await api(who, 'PUT', `/enterprises/${A}/members/${targetA.sub}/permissions/${RIGHT}`)).status).toBe(grant);
    expect((await api(who, 'DELETE', `/enterprises/${A}/members/${targetA.sub}/permissions/${RIGHT}`)).status).toBe(revoke);
    const decision = await authorize(who, Capability.MANAGE_TECHNICAL_CHANNELS);
    expect(decision.allowed ? 'allowed' : decision.problem.code).toBe(channels);
  });

  it('gives a person of enterprise A nothing of enterprise B: the same answer as for an enterprise that does not exist', async () => {
    const foreign = await api(chiefA, 'GET', `/enterprises/${B}`);
    const missing = await api(chiefA, 'GET', `/enterprises/${UNREGISTERED}`);
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    const shape = (response: { body: Record<string, unknown> }, number: string) =>
      JSON.stringify({ ...response.body, instance: undefined }).replaceAll(number, '<cbe>');
    expect(shape(foreign, B)).toEqual(shape(missing, UNREGISTERED));
    expect(foreign.body.type).toBe('urn:problem-type:belgif:resourceNotFound');
    for (const [method, path] of [
      ['GET', `/enterprises/${B}/members`],
      ['PUT', `/enterprises/${B}/members/${chiefB.sub}/permissions/${RIGHT}`],
      ['DELETE', `/enterprises/${B}/members/${chiefB.sub}`],
    ]) {
      expect((await api(chiefA, method, path)).status).toBe(404);
    }
    expect((await appoint(chiefA, userA, 'USER', B)).status).toBe(404);
    const decision = await authorize(chiefA, Capability.VIEW_ENTERPRISE, B);
    expect(decision).toMatchObject({ allowed: false, problem: { status: 404 } });
    const me = await api(chiefA, 'GET', '/me');
    expect(me.body.enterprises.map((enterprise: { enterpriseNumber: string }) => enterprise.enterpriseNumber)).toEqual([A]);
  });

  it('refuses a plain user naming the managers to contact, lets them pass after a grant, and refuses the very next request after revocation', async () => {
    const refused = await authorize(userA, Capability.MANAGE_TECHNICAL_CHANNELS);
    expect(refused.allowed).toBe(false);
    const problem = (refused as Extract<AuthorizeReply, { allowed: false }>).problem;
    expect(problem).toMatchObject({ status: 403, type: 'urn:problem-type:chaman:missingTechnicalChannelsRight', permission: RIGHT });
    expect(problem.contacts).toEqual([
      { name: chiefA.name, email: chiefA.email, position: 'CHIEF_ACCESS_MANAGER' },
      { name: managerA.name, email: managerA.email, position: 'ACCESS_MANAGER' },
      { name: groupA.name, email: groupA.email, position: 'GROUP_MANAGER' },
    ]);
    expect(problem.detail).toContain('An access manager or a group manager of your enterprise grants it in Chaman');
    for (const manager of [chiefA, managerA, groupA]) expect(problem.detail).toContain(`${manager.name} <${manager.email}>`);

    expect((await api(groupA, 'PUT', `/enterprises/${A}/members/${userA.sub}/permissions/${RIGHT}`)).status).toBe(200);
    const allowed = await authorize(userA, Capability.MANAGE_TECHNICAL_CHANNELS);
    expect(allowed).toEqual({ allowed: true, reason: expect.stringMatching(new RegExp(`granted by ${groupA.sub} at \\d{4}-`)) });

    expect((await api(managerA, 'DELETE', `/enterprises/${A}/members/${userA.sub}/permissions/${RIGHT}`)).status).toBe(204);
    const next = await authorize(userA, Capability.MANAGE_TECHNICAL_CHANNELS);
    expect(next).toMatchObject({
      allowed: false,
      problem: { code: 'missingTechnicalChannelsRight', detail: expect.stringContaining(`revoked by ${managerA.sub}`) },
    });
    await events.waitFor((received) =>
      received.some(
        (event) => event.type === AccessEvents.permissionRevoked.type && (event.data as { userId: string }).userId === userA.sub,
      ),
    );
  });

  it("withdraws and restores a group manager's default right (access managers only); access managers hold it by position", async () => {
    const path = `/enterprises/${A}/members/${groupA.sub}/permissions/${RIGHT}`;
    expect((await api(managerA, 'DELETE', path)).status).toBe(204);
    expect(await authorize(groupA, Capability.MANAGE_TECHNICAL_CHANNELS)).toMatchObject({ allowed: false });
    const restored = await api(chiefA, 'PUT', path);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ held: true, basis: 'GRANT', decidedBy: chiefA.sub });
    expect(await authorize(groupA, Capability.MANAGE_TECHNICAL_CHANNELS)).toMatchObject({ allowed: true });

    const own = await api(groupA, 'DELETE', path);
    expect(own.status).toBe(409);
    expect(own.body.type).toBe('urn:problem-type:chaman:permissionNotGrantable');
    const automatic = await api(chiefA, 'DELETE', `/enterprises/${A}/members/${managerA.sub}/permissions/${RIGHT}`);
    expect(automatic.status).toBe(409);
    expect(automatic.body.type).toBe('urn:problem-type:chaman:permissionNotGrantable');
  });

  it('protects the chief access manager: nobody else removes, demotes or appoints one', async () => {
    const removal = await api(managerA, 'DELETE', `/enterprises/${A}/members/${chiefA.sub}`);
    expect(removal.status).toBe(409);
    expect(removal.body.type).toBe('urn:problem-type:chaman:chiefAccessManagerProtected');
    expect((await appoint(managerA, chiefA, 'USER')).status).toBe(409);
    expect((await appoint(chiefA, managerA, 'CHIEF_ACCESS_MANAGER')).status).toBe(409);
    const ownDetails = await api(chiefA, 'PUT', `/enterprises/${A}/members/${chiefA.sub}`, {
      position: 'CHIEF_ACCESS_MANAGER',
      name: 'Chloé C.',
      email: chiefA.email,
    });
    expect(ownDetails.status).toBe(200);
    expect(ownDetails.body).toMatchObject({ position: 'CHIEF_ACCESS_MANAGER', name: 'Chloé C.' });
  });

  it('lists members by keyset pages and refuses a forged cursor', async () => {
    const seen: string[] = [];
    let next: string | undefined = `/enterprises/${A}/members?limit=2`;
    for (let pages = 0; next && pages < 10; pages++) {
      const page: { status: number; body: { items: Array<{ userId: string }>; next?: string } } = await api(managerA, 'GET', next);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((member) => member.userId));
      next = page.body.next?.replace('/api/v1', '');
    }
    expect(seen).toEqual([chiefA, grantedA, groupA, managerA, targetA, userA].map((member) => member.sub).sort());
    const forged = await api(managerA, 'GET', `/enterprises/${A}/members?cursor=!!`);
    expect(forged.status).toBe(400);
    expect(forged.body.issues).toEqual([expect.objectContaining({ in: 'query', name: 'cursor' })]);
  });

  it('answers every bad input with a 400 naming it', async () => {
    const body = await api(managerA, 'PUT', `/enterprises/${A}/members/${userA.sub}`, { position: 'KING', email: 'nope' });
    expect(body.status).toBe(400);
    expect(body.body.issues.map((issue: { name: string }) => issue.name).sort()).toEqual(['email', 'name', 'position']);
    const permission = await api(managerA, 'PUT', `/enterprises/${A}/members/${userA.sub}/permissions/chaman.everything`);
    expect(permission.status).toBe(400);
    expect(permission.body.issues).toEqual([expect.objectContaining({ in: 'path', name: 'permission' })]);
    const number = await api(managerA, 'GET', '/enterprises/0123456700');
    expect(number.status).toBe(400);
    expect(number.body.issues).toEqual([expect.objectContaining({ in: 'path', name: 'cbe' })]);
  });

  it('answers GET /me with the enterprises, position and right, and senders unknown while the sender-service is down', async () => {
    const me = await api(grantedA, 'GET', '/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      userId: grantedA.sub,
      name: grantedA.name,
      email: grantedA.email,
      isOperator: false,
      sendersKnown: false,
      delegableQualities: ['CPAS'],
      enterprises: [
        {
          enterpriseNumber: A,
          name: 'Alpha',
          qualities: ['EMPLOYER', 'CPAS'],
          position: 'USER',
          holdsTechnicalChannelsRight: true,
          // What it may do in delegations, from the deployment's delegable qualities: delegate as a CPAS, not act as an intermediary.
          delegableQualities: ['CPAS'],
          actsAsIntermediary: false,
          senders: [
            { quality: 'EMPLOYER', senderToCreate: null },
            { quality: 'CPAS', senderToCreate: null },
          ],
        },
      ],
    });
    expect((await api(userA, 'GET', '/me')).body.enterprises[0].holdsTechnicalChannelsRight).toBe(false);
    expect((await api(OPERATOR, 'GET', '/me')).body).toMatchObject({ isOperator: true, enterprises: [], sendersKnown: true });
  });

  it('guards a route of the right through the gateway: a plain user is refused naming the managers, passes right after a grant, is refused within the bound after revocation', async () => {
    await system.startService('sender');
    const senders = `/enterprises/${A}/senders`;
    const expected: Array<[Person, number]> = [
      [chiefA, 200],
      [managerA, 200],
      [groupA, 200],
      [grantedA, 200],
      [userA, 403],
      [chiefB, 404],
      [OPERATOR, 403],
    ];
    expect(await Promise.all(expected.map(async ([who]) => [who, (await api(who, 'GET', senders)).status]))).toEqual(expected);

    const refused = await api(userA, 'GET', senders);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ type: 'urn:problem-type:chaman:missingTechnicalChannelsRight', status: 403, permission: RIGHT });
    expect(refused.body.contacts.map((contact: { email: string }) => contact.email)).toEqual([chiefA.email, managerA.email, groupA.email]);
    expect(refused.body.detail).toContain(`${groupA.name} <${groupA.email}> (group manager)`);

    const permission = `/enterprises/${A}/members/${userA.sub}/permissions/${RIGHT}`;
    expect((await api(groupA, 'PUT', permission)).status).toBe(200);
    expect((await api(userA, 'GET', senders)).status).toBe(200);
    expect((await api(groupA, 'DELETE', permission)).status).toBe(204);
    // The gateway's copy of the rights learns the revocation from its event (DESIGN §2: a bounded, measured delay).
    await pollUntil(async () => (await api(userA, 'GET', senders)).status === 403, {
      what: 'the revocation refused',
      timeoutMs: 1_000,
      intervalMs: 5,
    });
  });

  it('tells on GET /me, per quality, that a sender still has to be created once the sender-service answers', async () => {
    const me = await api(grantedA, 'GET', '/me');
    expect(me.body.sendersKnown).toBe(true);
    expect(me.body.enterprises[0].senders).toEqual([
      { quality: 'EMPLOYER', senderToCreate: true },
      { quality: 'CPAS', senderToCreate: true },
    ]);
    // The "no longer to create" case (a sender exists) is unit-tested in sender-statuses.spec.ts.
  });

  it('removes a member, who then gets nothing of the enterprise', async () => {
    expect((await api(managerA, 'DELETE', `/enterprises/${A}/members/${targetA.sub}`)).status).toBe(204);
    expect((await api(managerA, 'DELETE', `/enterprises/${A}/members/${targetA.sub}`)).status).toBe(204);
    expect((await api(targetA, 'GET', `/enterprises/${A}`)).status).toBe(404);
    expect((await api(targetA, 'GET', '/me')).body.enterprises).toEqual([]);
    await events.waitFor((received) => received.some((event) => event.type === AccessEvents.memberRemoved.type));
    expect(events.ofType(AccessEvents.memberRemoved.type).map((event) => (event.data as { userId: string }).userId)).toContain(targetA.sub);
  });
});
