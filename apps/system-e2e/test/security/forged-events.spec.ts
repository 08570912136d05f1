import {
  type DataOf,
  DelegationEvents,
  DelegationParty,
  DelegationStatus,
  prefixedStreamName,
  prefixedSubject,
  Quality,
  Streams,
} from '@chaman/contracts';
import { SERVICE_DURABLES } from '@chaman/platform';
import { randomUUID } from 'node:crypto';
import { pollUntil, type ProcessSystem, publishEvents, RefusalLog, startProcessSystem } from '../../src/processes';
import { AnswerLog } from '../../src/processes/answer-log';
import { type Party, registerParty, requestDelegations, restAccountsOf, transition } from '../faults/crash-fixtures';
import { delegationState } from '../sender/sender-fixtures';

type DelegationEventData = DataOf<typeof DelegationEvents.accepted>;

jest.setTimeout(180_000);

/**
 * Forged delegation events against the whole system on the secured bus: whoever could store one, the
 * sender-service grants nothing from it; a revoke that cannot be applied closes the grant. Figures: forgeries
 * tried, grants they opened (must be 0), alerts raised.
 */
describe('forged delegation events grant nothing', () => {
  let system: ProcessSystem;
  let log: AnswerLog;
  let company: Party;
  let intermediary: Party;
  let stranger: Party;
  let accountId: string;
  let delegationId: string;
  const figures = { forgeries: 0, grantsOpened: 0, alerts: 0 };

  const grantOf = async (id: string) =>
    (
      await system.query<{ active: boolean; status: string }>(
        'sender',
        'select active, status from delegation_grant where delegation_id = $1',
        [id],
      )
    )[0];
  const strangerGrants = async () =>
    (await system.query('sender', 'select 1 from delegation_grant where active and intermediary_enterprise_number = $1', [stranger.cbe]))
      .length;
  const alerts = async () => {
    const metrics = await (await fetch(`http://127.0.0.1:${system.service('sender').httpPort}/metrics`)).text();
    return [...metrics.matchAll(/^chaman_security_alerts_total\{[^}]*\} (\d+)/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
  };
  /** The sender-service acknowledged every event of the delegation stream. */
  const senderCaughtUp = async () => {
    const connection = await system.nats.connectAs('monitor');
    try {
      const manager = await connection.jetstreamManager();
      const stream = prefixedStreamName(system.subjectPrefix, Streams.delegation.name);
      const [info, consumer] = await Promise.all([
        manager.streams.info(stream),
        manager.consumers.info(stream, SERVICE_DURABLES.senderDelegations.durable),
      ]);
      return consumer.ack_floor.stream_seq >= info.state.last_seq;
    } finally {
      await connection.close();
    }
  };
  const accepted = (fields: Partial<Parameters<typeof delegationState>[0]> = {}): DelegationEventData => {
    const delegation = delegationState({
      id: randomUUID(),
      status: DelegationStatus.ACCEPTED,
      companyEnterpriseNumber: company.cbe,
      intermediaryEnterpriseNumber: stranger.cbe,
      restAccountId: accountId,
      ...fields,
    });
    return { delegation, actor: { enterpriseNumber: delegation.intermediaryEnterpriseNumber, party: DelegationParty.INTERMEDIARY } };
  };
  beforeAll(async () => {
    system = await startProcessSystem({ serviceEnv: { EVENT_MAX_DELIVERIES: '3' } });
    log = new AnswerLog(system.api.baseUrl, 10_000);
    company = await registerParty(system, 8_100_001, [Quality.CPAS]);
    intermediary = await registerParty(system, 8_100_002, [Quality.TECHNICAL_INTERMEDIARY]);
    stranger = await registerParty(system, 8_100_003, [Quality.TECHNICAL_INTERMEDIARY]);
    [accountId] = await restAccountsOf(system, company, 1);
    [delegationId] = await requestDelegations(system, company, intermediary, [accountId]);
    expect((await transition(system, log, intermediary, delegationId, 'accept')).status).toBe(200);
    await pollUntil(async () => (await grantOf(delegationId))?.active === true, { what: 'the real delegation granted', timeoutMs: 20_000 });
  });

  afterAll(async () => {
    await system?.stop();
    console.log(`[security] forged-events: forgeries=${figures.forgeries} grants-opened=${figures.grantsOpened} alerts=${figures.alerts}`);
  });

  it('cannot even be stored by a client other than the delegation-service', async () => {
    const before = await system.streamMessageCount(Streams.delegation);
    for (const client of ['downstream', 'sender', 'gateway'] as const) {
      const connection = await system.nats.connectAs(client);
      figures.forgeries += 1;
      const event = {
        specversion: '1.0',
        id: randomUUID(),
        source: '/chaman/delegation-service',
        type: DelegationEvents.accepted.type,
        subject: randomUUID(),
        data: accepted(),
      };
      expect(
        await new RefusalLog(connection).publishRefused(
          prefixedSubject(system.subjectPrefix, DelegationEvents.accepted.subject),
          JSON.stringify(event),
        ),
      ).toBe(true);
      await connection.close();
    }
    expect(await system.streamMessageCount(Streams.delegation)).toBe(before);
  });

  it('is refused when stored with another source, and when it names a company that does not hold the account', async () => {
    const alertsBefore = await alerts();
    const credentials = system.nats.credentials('delegation');
    const item = (data: DelegationEventData) => ({ subject: data.delegation.id, data });
    await publishEvents(
      system.nats.url,
      system.subjectPrefix,
      DelegationEvents.accepted,
      [item(accepted())],
      credentials,
      '/chaman/attacker',
    );
    await publishEvents(
      system.nats.url,
      system.subjectPrefix,
      DelegationEvents.accepted,
      [item(accepted({ companyEnterpriseNumber: stranger.cbe }))],
      credentials,
    );
    figures.forgeries += 2;
    await pollUntil(async () => (await alerts()) >= alertsBefore + 2, { what: 'both forgeries alerted', timeoutMs: 20_000 });
    figures.grantsOpened += await strangerGrants();
    expect(await strangerGrants()).toBe(0);
  });

  it('opens no grant for an event that agrees with everything known, when the delegation-service never made it', async () => {
    const forged = accepted();
    await publishEvents(
      system.nats.url,
      system.subjectPrefix,
      DelegationEvents.accepted,
      [{ subject: forged.delegation.id, data: forged }],
      system.nats.credentials('delegation'),
    );
    figures.forgeries += 1;
    await pollUntil(() => senderCaughtUp(), { what: "the sender-service's consumer past the forged event", timeoutMs: 30_000 });
    expect(await grantOf(forged.delegation.id)).toBeUndefined();
    figures.grantsOpened += await strangerGrants();
    expect(await strangerGrants()).toBe(0);
  });

  it('cannot bring an ended delegation back with a far-future state', async () => {
    expect((await transition(system, log, company, delegationId, 'revoke')).status).toBe(200);
    await pollUntil(async () => (await grantOf(delegationId))?.status === DelegationStatus.REVOKED, {
      what: 'the revocation applied',
      timeoutMs: 20_000,
    });
    const revived = accepted({ id: delegationId, intermediaryEnterpriseNumber: intermediary.cbe });
    revived.delegation.updatedAt = new Date(Date.now() + 60_000).toISOString();
    const alertsBefore = await alerts();
    await publishEvents(
      system.nats.url,
      system.subjectPrefix,
      DelegationEvents.accepted,
      [{ subject: delegationId, data: revived }],
      system.nats.credentials('delegation'),
    );
    figures.forgeries += 1;
    await pollUntil(async () => (await alerts()) > alertsBefore, { what: 'the revival alerted', timeoutMs: 20_000 });
    expect(await grantOf(delegationId)).toMatchObject({ active: false, status: DelegationStatus.REVOKED });
    figures.alerts = await alerts();
  });

  it('closes the grant when a revoke event of it is parked and the delegation-service cannot be asked (fail closed)', async () => {
    const [second] = await restAccountsOf(system, company, 1).catch(() => [accountId]);
    const [id] = await requestDelegations(system, company, intermediary, [second]);
    expect((await transition(system, log, intermediary, id, 'accept')).status).toBe(200);
    await pollUntil(async () => (await grantOf(id))?.active === true, { what: 'the second delegation granted', timeoutMs: 20_000 });
    await system.service('delegation').kill();
    const alertsBefore = await alerts();
    // A revoke the sender-service cannot read: it is retried, then parked.
    const unreadable = { delegation: { id, status: DelegationStatus.REVOKED }, actor: {} } as unknown as DelegationEventData;
    await publishEvents(
      system.nats.url,
      system.subjectPrefix,
      DelegationEvents.revoked,
      [{ subject: id, data: unreadable }],
      system.nats.credentials('delegation'),
    );
    await pollUntil(async () => (await grantOf(id))?.active === false, {
      what: 'the grant withdrawn by the parked revoke',
      timeoutMs: 30_000,
    });
    expect(await alerts()).toBeGreaterThan(alertsBefore);
    expect(await system.streamMessageCount(Streams.parked)).toBeGreaterThan(0);
    figures.alerts = await alerts();
  });
});
