import {
  type CloudEvent,
  DelegationEventOf,
  DelegationEvents,
  type DelegationHistoryEntry,
  prefixedStreamName,
  Quality,
  readDelegationEventData,
  Streams,
} from '@chaman/contracts';
import { DEFAULT_DELEGATION_SETTINGS, ExpirePendingDelegationsUseCase } from '@chaman/delegation-service';
import { EventProbe } from '@chaman/testing';
import { connect } from 'nats';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiResponse, type RunningSystem, startSystem } from '../../src';
import { type RegisteredEnterprise, registerEnterprise } from '../sender/sender-fixtures';
import { delegationsOf, expectStatus, relaunchCounterRow, restAccountOf, SCOPES } from './delegation-fixtures';
import { ExampleConsumerProcess } from './example-consumer-process';

const LIMIT = DEFAULT_DELEGATION_SETTINGS.relaunchLimit;
const DAY = 24 * 60 * 60 * 1000;
describe('delegations through the gateway: lifecycle, relaunch limit, concurrency and public events', () => {
  let system: RunningSystem;
  let company: RegisteredEnterprise;
  let intermediary: RegisteredEnterprise;
  let rival: RegisteredEnterprise;
  let outsider: RegisteredEnterprise;
  let account: string;
  let spareAccounts: string[];
  let asCompany: ReturnType<typeof delegationsOf>;
  let asIntermediary: ReturnType<typeof delegationsOf>;
  let asRival: ReturnType<typeof delegationsOf>;
  let asOutsider: ReturnType<typeof delegationsOf>;
  /** Every delegation the story touched: the durable consumer must see all their events. */
  const touched = new Set<string>();

  const requestBody = (restAccountId: string, scopes?: string[]) => ({
    companyEnterpriseNumber: company.cbe,
    companyQuality: Quality.CPAS,
    intermediaryEnterpriseNumber: intermediary.cbe,
    restAccountId,
    ...(scopes ? { scopes } : {}),
  });

  beforeAll(async () => {
    system = await startSystem();
    company = await registerEnterprise(system, 5001, [Quality.CPAS, Quality.EMPLOYER]);
    intermediary = await registerEnterprise(system, 5002, [Quality.TECHNICAL_INTERMEDIARY]);
    rival = await registerEnterprise(system, 5003, [Quality.TECHNICAL_INTERMEDIARY]);
    outsider = await registerEnterprise(system, 5004, [Quality.EMPLOYER]);
    account = await restAccountOf(system, company, Quality.CPAS, 'payroll');
    spareAccounts = [];
    for (let index = 0; index < 9; index += 1) spareAccounts.push(await restAccountOf(system, company, Quality.CPAS, `spare-${index}`));
    [asCompany, asIntermediary, asRival, asOutsider] = [company, intermediary, rival, outsider].map((party) =>
      delegationsOf(system, party),
    );
  });
  afterAll(() => system?.stop());

  describe('the story of DESIGN.md', () => {
    let asked: string;
    let initiated: string;

    it('the intermediary asks, the company refuses, the intermediary relaunches 20 times, each refused', async () => {
      const request = await asIntermediary.request(requestBody(account));
      expectStatus(request, 201);
      expect(request.body).toMatchObject({
        status: 'PENDING',
        initiatedBy: 'INTERMEDIARY',
        companyEnterpriseNumber: company.cbe,
        companyQuality: Quality.CPAS,
        intermediaryEnterpriseNumber: intermediary.cbe,
        restAccountId: account,
        scopes: SCOPES,
        relaunchCount: 0,
      });
      expect(Date.parse(request.body.expiresAt) - Date.parse(request.body.createdAt)).toBe(30 * DAY);
      asked = request.body.id;
      touched.add(asked);

      expectStatus(await asCompany.act(asked, 'refuse', { reason: 'We do not know you yet.' }), 200);
      for (let relaunch = 1; relaunch <= LIMIT; relaunch += 1) {
        const relaunched = await asIntermediary.act(asked, 'relaunch');
        expectStatus(relaunched, 200);
        expect(relaunched.body).toMatchObject({ status: 'PENDING', relaunchCount: relaunch });
        const refused = await asCompany.act(asked, 'refuse');
        expectStatus(refused, 200);
        expect(refused.body.status).toBe('REFUSED');
      }
      expect(await relaunchCounterRow(system, intermediary.cbe, company.cbe, Quality.CPAS)).toEqual({
        used: LIMIT,
        company_has_refused: true,
      });
    });

    it('refuses the 21st relaunch and a cancel-and-recreate with relaunchLimitReached, telling the intermediary to ask the company', async () => {
      const relaunch = await asIntermediary.act(asked, 'relaunch');
      expect(relaunch.status).toBe(409);
      expect(relaunch.body).toMatchObject({ type: 'urn:problem-type:chaman:relaunchLimitReached', relaunchLimit: LIMIT });
      expect(relaunch.body.detail).toMatch(/contact the company so that the company itself initiates/);

      const cancel = await asIntermediary.act(asked, 'cancel');
      expect(cancel.body.type).toBe('urn:problem-type:chaman:transitionNotAllowed');
      for (const restAccountId of [account, spareAccounts[0]]) {
        const recreate = await asIntermediary.request(requestBody(restAccountId));
        expect(recreate.status).toBe(409);
        expect(recreate.body.type).toBe('urn:problem-type:chaman:relaunchLimitReached');
      }

      const detail = await asIntermediary.get(asked);
      expect(detail.body).toMatchObject({ status: 'REFUSED', relaunchCount: LIMIT, intermediaryRelaunches: { used: LIMIT, limit: LIMIT } });
      expect(detail.body.history).toHaveLength(2 + 2 * LIMIT);
      expect(detail.body.history[1]).toEqual({
        at: expect.any(String),
        action: 'REFUSE',
        status: 'REFUSED',
        actorUserId: company.chief.sub,
        actorEnterpriseNumber: company.cbe,
        actorParty: 'COMPANY',
        reason: 'We do not know you yet.',
      });
    });

    it('lets the company initiate instead and relaunch 25 times without limit; the intermediary accepts', async () => {
      const request = await asCompany.request(requestBody(account, ['dmfa:declaration:read', 'dmfa:declaration:write']));
      expectStatus(request, 201);
      expect(request.body).toMatchObject({ status: 'PENDING', initiatedBy: 'COMPANY' });
      initiated = request.body.id;
      touched.add(initiated);

      for (let relaunch = 1; relaunch <= 25; relaunch += 1) {
        expectStatus(await asIntermediary.act(initiated, 'refuse', { reason: `not now (${relaunch})` }), 200);
        const relaunched = await asCompany.act(initiated, 'relaunch');
        expectStatus(relaunched, 200);
        expect(relaunched.body.relaunchCount).toBe(relaunch);
      }
      const accepted = await asIntermediary.act(initiated, 'accept');
      expectStatus(accepted, 200);
      expect(accepted.body).toMatchObject({ status: 'ACCEPTED', relaunchCount: 25 });
      expect(accepted.body.expiresAt).toBeUndefined();
      expect(await relaunchCounterRow(system, intermediary.cbe, company.cbe, Quality.CPAS)).toMatchObject({ used: LIMIT });

      const duplicate = await asCompany.request(requestBody(account));
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.type).toBe('urn:problem-type:chaman:liveDelegationExists');
    });

    it('lets only the company change the scopes, to scopes of the account', async () => {
      const changed = await asCompany.changeScopes(initiated, ['dimona:write']);
      expectStatus(changed, 200);
      expect(changed.body.scopes).toEqual(['dimona:write']);

      const foreignScope = await asCompany.changeScopes(initiated, ['dimona:write', 'not:on:the:account']);
      expect(foreignScope.status).toBe(400);
      expect(foreignScope.body.issues).toEqual([expect.objectContaining({ name: 'scopes[1]', value: 'not:on:the:account' })]);

      const byIntermediary = await asIntermediary.changeScopes(initiated, ['dmfa:declaration:read']);
      expect(byIntermediary.status).toBe(403);
      expect(byIntermediary.body.type).toBe('urn:problem-type:belgif:missingPermission');
    });

    it('lets only the company revoke', async () => {
      const byIntermediary = await asIntermediary.act(initiated, 'revoke');
      expect(byIntermediary.status).toBe(403);
      expect(byIntermediary.body.detail).toMatch(/only the company/i);
      const renounceByCompany = await asCompany.act(initiated, 'renounce');
      expect(renounceByCompany.status).toBe(403);

      const revoked = await asCompany.act(initiated, 'revoke', { reason: 'Contract ended.' });
      expectStatus(revoked, 200);
      expect(revoked.body.status).toBe('REVOKED');

      const detail = await asIntermediary.get(initiated);
      const actions = detail.body.history.map((entry: DelegationHistoryEntry) => entry.action);
      expect(actions[0]).toBe('REQUEST');
      expect(actions.slice(-3)).toEqual(['ACCEPT', 'CHANGE_SCOPES', 'REVOKE']);
      expect(detail.body.history.at(-2)).toMatchObject({ scopes: ['dimona:write'], actorParty: 'COMPANY' });
      expect(detail.body.history.at(-1)).toMatchObject({
        actorUserId: company.chief.sub,
        actorEnterpriseNumber: company.cbe,
        reason: 'Contract ended.',
      });
    });

    it('lists the delegations of each party with filters and keyset pagination, and hides them from others', async () => {
      const all = await asCompany.list('?side=company');
      expect(all.body.items.map((item: { id: string }) => item.id)).toEqual([initiated, asked]);
      expect((await asCompany.list('?side=intermediary')).body.items).toEqual([]);
      expect((await asCompany.list('?status=REVOKED')).body.items.map((item: { id: string }) => item.id)).toEqual([initiated]);
      expect((await asIntermediary.list(`?side=intermediary&counterpart=${company.cbe}`)).body.items).toHaveLength(2);
      expect((await asIntermediary.list(`?counterpart=${outsider.cbe}`)).body.items).toEqual([]);

      const ids = (page: ApiResponse) => page.body.items.map((item: { id: string }) => item.id);
      expect(ids(await asCompany.list('?direction=received'))).toEqual([asked]);
      expect(ids(await asCompany.list('?direction=sent'))).toEqual([initiated]);
      expect(ids(await asIntermediary.list('?direction=received&status=REVOKED'))).toEqual([initiated]);
      expect(ids(await asIntermediary.list('?search=ENTERPRISE%205001'))).toEqual([initiated, asked]);
      const dotted = `${company.cbe.slice(0, 4)}.${company.cbe.slice(4, 7)}.${company.cbe.slice(7)}`;
      expect(ids(await asIntermediary.list(`?search=${dotted}&direction=sent`))).toEqual([asked]);
      expect((await asIntermediary.list('?search=nobody-by-this-name')).body.items).toEqual([]);
      expect((await asIntermediary.list(`?search=x&counterpart=${outsider.cbe}`)).body.items).toEqual([]);

      // What each side may do now, from the service's lifecycle: the refused request is the intermediary's to relaunch.
      const actionsOf = (page: ApiResponse, id: string) => page.body.items.find((item: { id: string }) => item.id === id).allowedActions;
      expect(actionsOf(await asIntermediary.list(), asked)).toEqual(['RELAUNCH']);
      expect(actionsOf(await asCompany.list(), asked)).toEqual([]);
      expect(actionsOf(await asCompany.list(), initiated)).toEqual([]);
      expect((await asIntermediary.get(asked)).body).toMatchObject({ allowedActions: ['RELAUNCH'], relaunchesLeft: 0 });
      expect((await asCompany.get(asked)).body.relaunchesLeft).toBeUndefined();

      const first = await asIntermediary.list('?limit=1');
      expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([initiated]);
      const second = await system.api.as(intermediary.chief, 'GET', first.body.next);
      expect(second.body.items.map((item: { id: string }) => item.id)).toEqual([asked]);
      expect(second.body.next).toBeUndefined();

      expect((await asOutsider.get(initiated)).body.type).toBe('urn:problem-type:belgif:resourceNotFound');
      expect((await asOutsider.get('0195a3c1-0000-7000-8000-000000000001')).body.type).toBe('urn:problem-type:belgif:resourceNotFound');
      expect((await asOutsider.act(initiated, 'revoke')).status).toBe(404);
      expect((await asOutsider.list()).body.items).toEqual([]);
      const badCursor = await asCompany.list('?cursor=bm90LW91cnM');
      expect(badCursor.status).toBe(400);
      expect(badCursor.body.issues).toEqual([expect.objectContaining({ in: 'query', name: 'cursor' })]);
    });
  });

  describe('requests that cannot be', () => {
    it('answers each bad request with its own problem', async () => {
      const notAParty = await asOutsider.request(requestBody(spareAccounts[1]));
      expect([notAParty.status, notAParty.body.type]).toEqual([403, 'urn:problem-type:chaman:notADelegationParty']);

      const notDelegable = await asCompany.request({ ...requestBody(spareAccounts[1]), companyQuality: Quality.EMPLOYER });
      expect([notDelegable.status, notDelegable.body.type]).toEqual([409, 'urn:problem-type:chaman:qualityNotDelegable']);

      const notIntermediary = await asCompany.request({ ...requestBody(spareAccounts[1]), intermediaryEnterpriseNumber: outsider.cbe });
      expect([notIntermediary.status, notIntermediary.body.type]).toEqual([409, 'urn:problem-type:chaman:notATechnicalIntermediary']);

      const foreignAccount = await asRival.request({
        ...requestBody('0195a3c1-0000-7000-8000-000000000001'),
        intermediaryEnterpriseNumber: rival.cbe,
      });
      expect(foreignAccount.status).toBe(400);
      expect(foreignAccount.body.issues).toEqual([expect.objectContaining({ name: 'restAccountId' })]);

      const malformed = await asCompany.request({
        ...requestBody(spareAccounts[1]),
        companyEnterpriseNumber: '0123456748',
        scopes: [],
        extra: true,
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.issues.map((issue: { name: string }) => issue.name).sort()).toEqual([
        'companyEnterpriseNumber',
        'extra',
        'scopes',
      ]);
    });

    it('replays a request sent twice with the same Idempotency-Key', async () => {
      const body = { ...requestBody(spareAccounts[1]), intermediaryEnterpriseNumber: rival.cbe };
      const first = await asRival.request(body, { 'idempotency-key': 'rival-asks-once' });
      const second = await asRival.request(body, { 'idempotency-key': 'rival-asks-once' });
      expectStatus(first, 201);
      expect(second.body).toEqual(first.body);
      touched.add(first.body.id);
      expectStatus(await asRival.act(first.body.id, 'cancel', { reason: 'wrong account' }), 200);
    });
  });

  describe('under concurrent calls', () => {
    let refused: string;

    it('lets exactly one of 10 parallel relaunches of one refused request through, moving the counter by one', async () => {
      const request = await asRival.request({ ...requestBody(spareAccounts[2]), intermediaryEnterpriseNumber: rival.cbe });
      expectStatus(request, 201);
      refused = request.body.id;
      touched.add(refused);
      expectStatus(await asCompany.act(refused, 'refuse'), 200);
      expect(await relaunchCounterRow(system, rival.cbe, company.cbe, Quality.CPAS)).toEqual({ used: 0, company_has_refused: true });

      const answers = await Promise.all(Array.from({ length: 10 }, () => asRival.act(refused, 'relaunch')));
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
      expect(answers.filter((answer) => answer.body.type === 'urn:problem-type:chaman:transitionNotAllowed')).toHaveLength(9);
      expect(await relaunchCounterRow(system, rival.cbe, company.cbe, Quality.CPAS)).toEqual({ used: 1, company_has_refused: true });
      expect((await asRival.get(refused)).body.intermediaryRelaunches).toEqual({ used: 1, limit: LIMIT });
    });

    it('lets exactly one attempt take the last relaunch, then none', async () => {
      for (let relaunch = 2; relaunch < LIMIT; relaunch += 1) {
        expectStatus(await asCompany.act(refused, 'refuse'), 200);
        expectStatus(await asRival.act(refused, 'relaunch'), 200);
      }
      expectStatus(await asCompany.act(refused, 'refuse'), 200);
      expect(await relaunchCounterRow(system, rival.cbe, company.cbe, Quality.CPAS)).toMatchObject({ used: LIMIT - 1 });

      // One relaunch and nine new requests on nine other accounts race for the last slot.
      const attempts = [
        asRival.act(refused, 'relaunch'),
        ...spareAccounts
          .slice(0, 9)
          .map((restAccountId) => asRival.request({ ...requestBody(restAccountId), intermediaryEnterpriseNumber: rival.cbe })),
      ];
      const answers = await Promise.all(attempts);
      const passed = answers.filter((answer) => answer.status === 200 || answer.status === 201);
      expect(passed).toHaveLength(1);
      passed.forEach((answer) => touched.add(answer.body.id));
      expect(answers.filter((answer) => answer.body.type === 'urn:problem-type:chaman:relaunchLimitReached')).toHaveLength(9);
      expect(await relaunchCounterRow(system, rival.cbe, company.cbe, Quality.CPAS)).toMatchObject({ used: LIMIT });

      const atTheLimit = await Promise.all(
        spareAccounts.slice(0, 9).map((restAccountId) => asIntermediary.request(requestBody(restAccountId))),
      );
      expect(atTheLimit.map((answer) => answer.body.type)).toEqual(Array(9).fill('urn:problem-type:chaman:relaunchLimitReached'));
    });
  });

  describe('expiry', () => {
    it('expires a pending request once its period is over, with its own event and no actor', async () => {
      const request = await asCompany.request(requestBody(spareAccounts[8]));
      expectStatus(request, 201);
      touched.add(request.body.id);
      const sweep = system.services.get('delegation')!.get(ExpirePendingDelegationsUseCase);

      await sweep.execute(new Date(Date.now() + 29 * DAY));
      expect((await asCompany.get(request.body.id)).body.status).toBe('PENDING');

      expect(await sweep.execute(new Date(Date.now() + 31 * DAY))).toBeGreaterThanOrEqual(1);
      const expired = await asIntermediary.get(request.body.id);
      expect(expired.body.status).toBe('EXPIRED');
      expect(expired.body.history.at(-1)).toEqual({ at: expect.any(String), action: 'EXPIRE', status: 'EXPIRED' });
      expect((await asIntermediary.act(request.body.id, 'accept')).body.type).toBe('urn:problem-type:chaman:transitionNotAllowed');
    });
  });

  describe('public events', () => {
    const histories = new Map<string, DelegationHistoryEntry[]>();
    let expected = 0;
    let storyEvents: CloudEvent[] = [];

    beforeAll(async () => {
      for (const id of touched) histories.set(id, (await asCompany.get(id)).body.history);
      expected = [...histories.values()].reduce((total, history) => total + history.length, 0);
    });

    /** The events of each delegation are its history, in the same order. */
    function expectInHistoryOrder(events: Array<{ subject: string; type: string }>): void {
      for (const [id, history] of histories) {
        expect(events.filter((event) => event.subject === id).map((event) => event.type)).toEqual(
          history.map((entry) => DelegationEventOf[entry.action].type),
        );
      }
    }

    it('a durable consumer started after the story receives every event of it, in order per delegation, once', async () => {
      const probe = await new EventProbe(
        system.scope.infrastructure.natsUrl,
        system.scope.subjectPrefix,
        Streams.delegation,
        'downstream-after-story',
      ).start();
      try {
        storyEvents = [...(await probe.waitFor((events) => events.length >= expected))];
      } finally {
        await probe.stop();
      }
      expect(storyEvents).toHaveLength(expected);
      expect(new Set(storyEvents.map((event) => event.id)).size).toBe(expected);
      expectInHistoryOrder(storyEvents);
      for (const event of storyEvents) {
        const data = readDelegationEventData(event.data);
        const entry = histories.get(event.subject)![storyEvents.filter((other) => other.subject === event.subject).indexOf(event)];
        expect({ status: data.delegation.status, actor: data.actor.enterpriseNumber }).toEqual({
          status: entry.status,
          actor: entry.actorEnterpriseNumber,
        });
      }

      const nats = await connect({ servers: system.scope.infrastructure.natsUrl });
      try {
        const stream = await (
          await nats.jetstreamManager()
        ).streams.info(prefixedStreamName(system.scope.subjectPrefix, Streams.delegation.name));
        expect(stream.state.messages).toBe(expected);
      } finally {
        await nats.close();
      }
    });

    it('the example consumer of examples/ handles each event once, acks it, and resumes where it stopped', async () => {
      const databasePath = join(mkdtempSync(join(tmpdir(), 'delegation-consumer-')), 'state.sqlite');
      const first = new ExampleConsumerProcess(system, databasePath, 'example-consumer');
      try {
        await first.waitFor((lines) => lines.filter((line) => 'handled' in line).length >= expected);
      } finally {
        expect(await first.stop()).toBe(0);
      }
      expect(first.lines[0]).toMatchObject({ ready: true, pending: expected });
      const handled = first.lines.filter((line) => 'handled' in line) as Array<{ handled: string; type: string; delegation: string }>;
      expect(new Set(handled.map((line) => line.handled)).size).toBe(expected);
      expectInHistoryOrder(handled.map((line) => ({ subject: line.delegation, type: line.type })));
      expect(first.lines.at(-1)).toEqual({ stopped: true });

      // The same event published again (as a producer retrying outside JetStream's duplicate window would).
      const nats = await connect({ servers: system.scope.infrastructure.natsUrl });
      const again = storyEvents[0];
      await nats.jetstream().publish(`${system.scope.subjectPrefix}.${DelegationEvents.requested.subject}`, JSON.stringify(again), {
        msgID: `${again.id}-again`,
      });
      await nats.close();

      const second = new ExampleConsumerProcess(system, databasePath, 'example-consumer');
      try {
        await second.waitFor((lines) => lines.some((line) => 'duplicate' in line));
        expect(second.lines[0]).toMatchObject({ ready: true, pending: 1 });
        expect(second.lines.slice(1)).toEqual([expect.objectContaining({ duplicate: again.id })]);
      } finally {
        expect(await second.stop()).toBe(0);
      }
    });
  });

  it('lists an enterprise that is company in some delegations and intermediary in others newest first, page after page', async () => {
    const both = await registerEnterprise(system, 5005, [Quality.CPAS, Quality.TECHNICAL_INTERMEDIARY]);
    const otherCompany = await registerEnterprise(system, 5006, [Quality.CPAS]);
    const otherIntermediary = await registerEnterprise(system, 5007, [Quality.TECHNICAL_INTERMEDIARY]);
    const asBoth = delegationsOf(system, both);
    /** `both` asks for a delegation of one of `company`'s accounts to `intermediary`; its id. */
    const requestOf = async (company: RegisteredEnterprise, intermediary: RegisteredEnterprise, accountName: string) => {
      const request = await asBoth.request({
        companyEnterpriseNumber: company.cbe,
        companyQuality: Quality.CPAS,
        intermediaryEnterpriseNumber: intermediary.cbe,
        restAccountId: await restAccountOf(system, company, Quality.CPAS, accountName),
      });
      expectStatus(request, 201);
      return request.body.id as string;
    };
    const created: Array<{ id: string; side: 'company' | 'intermediary' }> = [];
    for (let index = 0; index < 3; index += 1) {
      created.push({ id: await requestOf(both, otherIntermediary, `own-${index}`), side: 'company' });
      created.push({ id: await requestOf(otherCompany, both, `managed-${index}`), side: 'intermediary' });
    }
    const newestFirst = created.map((delegation) => delegation.id).reverse();

    for (const limit of [1, 2, 4]) {
      const seen: string[] = [];
      let next: string | undefined = `/api/v1/enterprises/${both.cbe}/delegations?limit=${limit}`;
      while (next) {
        const page: ApiResponse = await system.api.as(both.chief, 'GET', next);
        expectStatus(page, 200);
        seen.push(...page.body.items.map((item: { id: string }) => item.id));
        next = page.body.next;
      }
      expect([limit, seen]).toEqual([limit, newestFirst]);
    }
    const sideOnly = (side: string) =>
      created
        .filter((delegation) => delegation.side === side)
        .map((delegation) => delegation.id)
        .reverse();
    expect((await asBoth.list('?side=company')).body.items.map((item: { id: string }) => item.id)).toEqual(sideOnly('company'));
    expect((await asBoth.list('?side=intermediary')).body.items.map((item: { id: string }) => item.id)).toEqual(sideOnly('intermediary'));
  });
});
