import {
  AccessEvents,
  type CloudEvent,
  DelegationEvents,
  DelegationStatus,
  Quality,
  SenderEvents,
  type ServiceName,
} from '@chaman/contracts';
import { makeCertificate } from '@chaman/testing';
import { randomUUID } from 'node:crypto';
import { type ApiResponse, OPERATOR, type Person, type RunningSystem, startSystem } from '../../src';
import { API, buildWorld, CONTACT, outboxEvents, SCOPES, type World } from '../../src/fixtures';

const PARALLEL = 5;

/**
 * One POST that honours `Idempotency-Key`. `variant` picks one of several distinct resources: the same variant
 * is the same body. `count` is how many such resources the API shows; `eventsOf` the events written for the
 * resource of an answer; `otherKey` what the same body under a new key gives.
 */
interface ReplayCase {
  name: string;
  send(key: string, variant: number): Promise<ApiResponse>;
  status: number;
  count(): Promise<number>;
  events: { service: ServiceName; type: string; about: (event: CloudEvent, answer: ApiResponse) => boolean };
  otherKey: { status: number; code?: string; creates: boolean };
}

describe('idempotency: the same POST with the same Idempotency-Key acts once and answers the same', () => {
  let system: RunningSystem;
  let world: World;
  const figures = { cases: 0, requests: 0, duplicates: 0 };

  beforeAll(async () => {
    system = await startSystem();
    world = await buildWorld(system, 'idem');
  });
  afterAll(async () => {
    console.log(`[faults] idempotency-cases=${figures.cases} idempotency-requests=${figures.requests} duplicates=${figures.duplicates}`);
    await system?.stop();
  });

  const post = (who: Person, path: string, body: unknown, key: string) => {
    figures.requests += 1;
    return system.api.as(who, 'POST', `${API}${path}`, { body, headers: { 'idempotency-key': key } });
  };
  const listed = async (who: Person, path: string) => {
    const response = await system.api.as(who, 'GET', `${API}${path}${path.includes('?') ? '&' : '?'}limit=100`);
    expect(response.status).toBe(200);
    return response.body.items.length as number;
  };
  /** Per-variant inputs made once, on first use. */
  const once = <T>(make: (variant: number) => Promise<T>) => {
    const made = new Map<number, Promise<T>>();
    return (variant: number) => made.get(variant) ?? made.set(variant, make(variant)).get(variant)!;
  };

  const cases = (): ReplayCase[] => {
    const { company } = world;
    const manager = world.callers.accessManager.person!;
    const senders = `/enterprises/${company.cbe}/senders`;
    const sender = `${senders}/${world.senderNumber}`;
    const certificates = `/enterprises/${company.cbe}/rest-accounts/${world.account.id}/certificates`;
    const delegations = `/enterprises/${company.cbe}/delegations`;
    const enterpriseNumber = once(async () => world.freshEnterpriseNumber());
    const pem = once(async () => (await makeCertificate()).pem);
    const account = once(() => world.freshAccount());
    const pending = once(() => world.freshDelegation('intermediary', DelegationStatus.PENDING));
    const subjectIs = (field: (answer: ApiResponse) => string) => (event: CloudEvent, answer: ApiResponse) =>
      event.subject === field(answer);
    return [
      {
        name: 'POST /enterprises',
        send: async (key, variant) => {
          const number = await enterpriseNumber(variant);
          return post(
            OPERATOR,
            '/enterprises',
            {
              enterpriseNumber: number,
              name: `Idempotent ${variant}`,
              qualities: [Quality.EMPLOYER],
              chiefAccessManager: { userId: `idem-chief-${number}`, name: 'Chief', email: 'chief@example.test' },
            },
            key,
          );
        },
        status: 201,
        count: async () => {
          let registered = 0;
          for (const variant of [0, 1])
            if ((await system.api.as(OPERATOR, 'GET', `${API}/enterprises/${await enterpriseNumber(variant)}`)).status === 200)
              registered += 1;
          return registered;
        },
        events: {
          service: 'access',
          type: AccessEvents.enterpriseRegistered.type,
          about: subjectIs((answer) => answer.body.enterpriseNumber),
        },
        otherKey: { status: 409, code: 'enterpriseAlreadyRegistered', creates: false },
      },
      {
        name: 'POST …/senders',
        send: (key, variant) =>
          post(manager, senders, { quality: [Quality.EMPLOYER, Quality.SOCIAL_SECRETARIAT][variant], contact: CONTACT }, key),
        status: 201,
        count: () => listed(manager, senders),
        events: { service: 'sender', type: SenderEvents.senderCreated.type, about: subjectIs((answer) => answer.body.senderNumber) },
        otherKey: { status: 409, code: 'senderAlreadyExists', creates: false },
      },
      {
        name: 'POST …/channels',
        send: (key, variant) => post(manager, `${sender}/channels`, { type: ['FTP', 'SOAP'][variant] }, key),
        status: 201,
        count: () => listed(manager, `${sender}/channels`),
        events: {
          service: 'sender',
          type: SenderEvents.channelAdded.type,
          about: (event, answer) => (event.data as { channel: { id: string } }).channel.id === answer.body.id,
        },
        otherKey: { status: 409, code: 'channelAlreadyExists', creates: false },
      },
      {
        name: 'POST …/rest-accounts',
        send: (key) =>
          post(manager, `${sender}/rest-accounts`, { name: 'Idempotent account', environment: 'ACCEPTANCE', scopes: SCOPES }, key),
        status: 201,
        count: () => listed(manager, `${sender}/rest-accounts`),
        events: {
          service: 'sender',
          type: SenderEvents.restAccountCreated.type,
          about: (event, answer) => (event.data as { restAccount: { id: string } }).restAccount.id === answer.body.id,
        },
        otherKey: { status: 201, creates: true },
      },
      {
        name: 'POST …/certificates',
        send: async (key, variant) => post(manager, certificates, { name: `Idempotent ${variant}`, pem: await pem(variant) }, key),
        status: 201,
        count: () => listed(manager, certificates),
        events: {
          service: 'sender',
          type: SenderEvents.certificateRegistered.type,
          about: (event, answer) => (event.data as { certificate: { id: string } }).certificate.id === answer.body.id,
        },
        otherKey: { status: 409, code: 'duplicateCertificate', creates: false },
      },
      {
        name: 'POST …/delegations',
        send: async (key, variant) =>
          post(
            manager,
            delegations,
            {
              companyEnterpriseNumber: company.cbe,
              companyQuality: Quality.CPAS,
              intermediaryEnterpriseNumber: world.intermediary.cbe,
              restAccountId: await account(variant),
            },
            key,
          ),
        status: 201,
        count: () => listed(manager, delegations),
        events: { service: 'delegation', type: DelegationEvents.requested.type, about: subjectIs((answer) => answer.body.id) },
        otherKey: { status: 409, code: 'liveDelegationExists', creates: false },
      },
      {
        name: 'POST …/delegations/{id}/accept',
        send: async (key, variant) => post(manager, `${delegations}/${await pending(variant)}/accept`, { reason: 'idempotent' }, key),
        status: 200,
        count: () => listed(manager, `${delegations}?status=${DelegationStatus.ACCEPTED}`),
        events: { service: 'delegation', type: DelegationEvents.accepted.type, about: subjectIs((answer) => answer.body.id) },
        otherKey: { status: 409, code: 'transitionNotAllowed', creates: false },
      },
    ];
  };

  it('acts once for the same key twice, once for the same key five times at once, and again (or conflicts) for another key', async () => {
    for (const replay of cases()) {
      const before = await replay.count();
      const events = async (answer: ApiResponse) =>
        (await outboxEvents(system, replay.events.service, replay.events.type)).filter((event) => replay.events.about(event, answer))
          .length;
      const expectOne = async (answer: ApiResponse) => {
        const written = await events(answer);
        if (written !== 1) figures.duplicates += 1;
        expect({ case: replay.name, events: written }).toEqual({ case: replay.name, events: 1 });
      };

      const key = `sequential-${randomUUID()}`;
      const first = await replay.send(key, 0);
      expect({ case: replay.name, status: first.status, body: first.body }).toEqual({
        case: replay.name,
        status: replay.status,
        body: expect.anything(),
      });
      const again = await replay.send(key, 0);
      expect({ case: replay.name, status: again.status, body: again.body }).toEqual({
        case: replay.name,
        status: first.status,
        body: first.body,
      });
      expect({ case: replay.name, count: await replay.count() }).toEqual({ case: replay.name, count: before + 1 });
      await expectOne(first);

      const parallelKey = `parallel-${randomUUID()}`;
      const answers = await Promise.all(Array.from({ length: PARALLEL }, () => replay.send(parallelKey, 1)));
      for (const answer of answers) {
        expect({ case: replay.name, status: answer.status, body: answer.body }).toEqual({
          case: replay.name,
          status: replay.status,
          body: answers[0].body,
        });
      }
      expect({ case: replay.name, count: await replay.count() }).toEqual({ case: replay.name, count: before + 2 });
      await expectOne(answers[0]);

      const other = await replay.send(`other-${randomUUID()}`, 0);
      expect({ case: replay.name, status: other.status, code: other.body.code }).toEqual({
        case: replay.name,
        status: replay.otherKey.status,
        code: replay.otherKey.code,
      });
      expect({ case: replay.name, count: await replay.count() }).toEqual({
        case: replay.name,
        count: before + 2 + (replay.otherKey.creates ? 1 : 0),
      });
      if (replay.otherKey.creates) expect(other.body.id).not.toBe(first.body.id);
      figures.cases += 1;
    }
  });

  it("keeps each person's keys apart: the same key from someone else acts for them and never replays another's answer", async () => {
    const path = `/enterprises/${world.company.cbe}/senders/${world.senderNumber}/rest-accounts`;
    const key = `shared-${randomUUID()}`;
    const body = { name: 'Shared key', environment: 'ACCEPTANCE', scopes: SCOPES };
    const byManager = await post(world.callers.accessManager.person!, path, body, key);
    const byGroupManager = await post(world.callers.groupManager.person!, path, body, key);
    expect([byManager.status, byGroupManager.status]).toEqual([201, 201]);
    expect(byGroupManager.body.id).not.toBe(byManager.body.id);
    expect(byGroupManager.body.clientId).not.toBe(byManager.body.clientId);
    figures.cases += 1;
  });

  it('refuses a key reused with another body (422) and never acts on the second body', async () => {
    const manager = world.callers.accessManager.person!;
    const path = `/enterprises/${world.company.cbe}/senders/${world.senderNumber}/rest-accounts`;
    const before = await listed(manager, path);
    const key = `reused-${randomUUID()}`;
    const first = await post(manager, path, { name: 'First body', environment: 'ACCEPTANCE', scopes: SCOPES }, key);
    const reused = await post(manager, path, { name: 'Second body', environment: 'PRODUCTION', scopes: SCOPES }, key);
    expect(first.status).toBe(201);
    expect(reused.status).toBe(422);
    expect(reused.body.type).toBe('urn:problem-type:chaman:idempotencyKeyReused');
    expect(await listed(manager, path)).toBe(before + 1);
    figures.cases += 1;
  });
});
