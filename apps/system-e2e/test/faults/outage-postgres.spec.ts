import { DelegationEvents, DelegationParty, DelegationStatus, Quality, Streams } from '@chaman/contracts';
import { randomUUID } from 'node:crypto';
import { EventProbe } from '@chaman/testing';
import { OPERATOR } from '../../src';
import {
  AnswerLog,
  describeAnswers,
  isCleanOutageProblem,
  pollUntil,
  type ProcessSystem,
  publishEvents,
  startProcessSystem,
  Traffic,
} from '../../src/processes';
import { delegationState, enterpriseNumberFrom } from '../sender/sender-fixtures';

// Processes start slowly on a busy machine; every wait inside is bounded on its own, with a clearer message.
jest.setTimeout(180_000);

const BUS_TIMEOUT_MS = 2_000;
const MARGIN_MS = 1_500;
const RECOVERY_LIMIT_MS = 20_000;

const MAX_DELIVERIES = 3;

describe('outage: PostgreSQL stops under the services', () => {
  let system: ProcessSystem;
  let log: AnswerLog;
  let operatorToken: string;
  let knownEnterprise: string;
  let seed = 7_400_000;
  const figures = {
    requests: 0,
    outageAnswers: 0,
    recoveryMs: 0,
    eventsDuringOutage: 0,
    parked: 0,
    lost: 0,
    duplicates: 0,
    other5xx: 0,
    hangs: 0,
    slowest: 0,
  };

  const register = () => {
    const enterpriseNumber = enterpriseNumberFrom((seed += 1));
    return log.call('POST', '/api/v1/enterprises', {
      token: operatorToken,
      body: {
        enterpriseNumber,
        name: `Outage ${seed}`,
        qualities: [Quality.EMPLOYER],
        chiefAccessManager: { userId: `chief-${seed}`, name: 'Chief', email: `chief-${seed}@example.be` },
      },
    });
  };
  const readKnown = () => log.call('GET', `/api/v1/enterprises/${knownEnterprise}`, { token: operatorToken });

  beforeAll(async () => {
    // The access-service answers the gateway's authorisation of every protected route; the sender-service
    // consumes delegation events, which keep coming while its database is down.
    system = await startProcessSystem({
      services: ['access', 'sender'],
      ownPostgres: true,
      busTimeoutMs: BUS_TIMEOUT_MS,
      serviceEnv: { EVENT_MAX_DELIVERIES: String(MAX_DELIVERIES) },
    });
    log = new AnswerLog(system.api.baseUrl, BUS_TIMEOUT_MS + 10_000);
    operatorToken = await system.api.tokenFor(OPERATOR);
    const first = await register();
    expect(first.status).toBe(201);
    knownEnterprise = first.body.enterpriseNumber;
  });

  afterAll(async () => {
    await system?.stop();
    console.log(
      `[faults] outage=postgres requests=${figures.requests} answered-during-outage=${figures.outageAnswers} hangs=${figures.hangs} slowest-ms=${figures.slowest} ` +
        `recovery-ms=${figures.recoveryMs} events-during-outage=${figures.eventsDuringOutage} parked=${figures.parked} lost=${figures.lost} duplicates=${figures.duplicates} 5xx-other-than-503/504=${figures.other5xx}`,
    );
  });

  it('answers 503 problems (never a 500) while the database is down, and recovers by itself once it is back', async () => {
    const access = system.service('access');
    const calls = [register, readKnown, readKnown];
    const traffic = new Traffic(calls.length, (worker) => calls[worker]()).start();
    try {
      const successesSince = (from: number, method?: string) =>
        log.answers.filter((a) => a.startedAt >= from && a.status < 300 && (!method || a.method === method)).length;
      const warmUp = Date.now();
      await pollUntil(() => successesSince(warmUp) >= 6, { what: 'traffic flowing before the outage', timeoutMs: 20_000 });

      await system.postgres!.stop('SIGQUIT');
      const downAt = Date.now();
      await pollUntil(() => log.answers.filter((a) => a.startedAt > downAt).length >= 30, {
        what: 'answers during the outage',
        timeoutMs: 30_000,
      });
      expect(await access.readiness()).toBe(503);
      // The outage ends when the restart begins: calls may succeed while the start waits for readiness.
      const restartAt = Date.now();
      await system.postgres!.start();
      const upAt = Date.now();

      const during = log.startedBetween(downAt, restartAt).filter((answer) => answer.endedAt <= restartAt);
      figures.outageAnswers = during.length;
      expect(describeAnswers(during.filter((answer) => !isCleanOutageProblem(answer)))).toBe('');
      expect(during.filter((answer) => answer.status === 503).length).toBeGreaterThan(0);

      await pollUntil(() => successesSince(upAt, 'POST') >= 2 && successesSince(upAt, 'GET') >= 2, {
        what: 'registrations and reads succeeding again',
        timeoutMs: RECOVERY_LIMIT_MS,
      });
      figures.recoveryMs = Date.now() - upAt;
      await pollUntil(async () => (await access.readiness()) === 200, { what: 'access-service ready again', timeoutMs: RECOVERY_LIMIT_MS });
    } finally {
      await traffic.stop();
      await system.postgres!.start();
    }
    expect(access.running).toBe(true);
    expect(describeAnswers(log.unclean())).toBe('');
    expect(describeAnswers(log.slowerThan(BUS_TIMEOUT_MS + MARGIN_MS))).toBe('');
  });

  it('applies, once the database is back, every event that kept failing while it was down: none parked, none twice', async () => {
    const company = enterpriseNumberFrom(7_499_001);
    const intermediary = enterpriseNumberFrom(7_499_002);
    const delegations = Array.from({ length: 10 }, () =>
      // Ends: an acceptance would first be confirmed with the delegation-service, which never made these.
      delegationState({
        id: randomUUID(),
        status: DelegationStatus.REVOKED,
        companyEnterpriseNumber: company,
        intermediaryEnterpriseNumber: intermediary,
        restAccountId: randomUUID(),
      }),
    );
    const before = await system.consumerDeliveries(Streams.delegation, 'sender-delegations');

    await system.postgres!.stop('SIGQUIT');
    let events: Awaited<ReturnType<typeof publishEvents>> = [];
    try {
      events = await publishEvents(
        system.nats.url,
        system.subjectPrefix,
        DelegationEvents.revoked,
        delegations.map((delegation) => ({
          subject: delegation.id,
          data: { delegation, actor: { userId: 'someone', enterpriseNumber: company, party: DelegationParty.COMPANY } },
        })),
        system.nats.credentials('delegation'),
      );
      figures.eventsDuringOutage = events.length;
      // Every event fails more often than the consumer's parking limit before the database comes back (or is parked: a failure).
      await pollUntil(
        async () =>
          (await system.consumerDeliveries(Streams.delegation, 'sender-delegations')) - before >= events.length * (MAX_DELIVERIES + 1) ||
          (await system.streamMessageCount(Streams.parked)) > 0,
        { what: `each event delivered more than ${MAX_DELIVERIES} times while the database is down`, timeoutMs: 30_000, intervalMs: 200 },
      );
      figures.parked = await system.streamMessageCount(Streams.parked);
      expect(figures.parked).toBe(0);
    } finally {
      await system.postgres!.start();
    }

    const applied = await pollUntil(
      async () => {
        const [{ count }] = await system.query<{ count: number }>(
          'sender',
          "select count(*)::int as count from delegation_grant where status = 'REVOKED' and not active and delegation_id = any($1)",
          [delegations.map((d) => d.id)],
        );
        return count === delegations.length ? count : undefined;
      },
      { what: 'every delegation state applied after the outage', timeoutMs: RECOVERY_LIMIT_MS },
    );
    expect(applied).toBe(delegations.length);
    const processed = await system.query<{ event_id: string }>(
      'sender',
      "select event_id from processed_event where consumer = 'sender-delegations' and event_id = any($1)",
      [events.map((e) => e.id)],
    );
    expect(processed).toHaveLength(events.length);
    expect(await system.streamMessageCount(Streams.parked)).toBe(0);
    // Applied once each: one state per delegation, none granted.
    const states = await system.query<{ delegation_id: string }>(
      'sender',
      'select delegation_id from delegation_grant where delegation_id = any($1)',
      [delegations.map((d) => d.id)],
    );
    expect(states.map((row) => row.delegation_id).sort()).toEqual(delegations.map((d) => d.id).sort());
    expect(system.service('sender').running).toBe(true);
  });

  it('kept every committed registration, and each of their events reaches the stream exactly once', async () => {
    await pollUntil(async () => (await system.outbox('access')).unpublished === 0, {
      what: 'the outbox relayed after the outage',
      timeoutMs: RECOVERY_LIMIT_MS,
    });
    const registered = log.answers
      .filter((answer) => answer.method === 'POST' && answer.status === 201)
      .map((answer) => answer.body.enterpriseNumber as string);
    const stored = await system.query<{ enterprise_number: string }>('access', 'select enterprise_number from enterprise');
    const storedNumbers = new Set(stored.map((row) => row.enterprise_number));
    expect(registered.filter((number) => !storedNumbers.has(number))).toEqual([]);

    const committed = (await system.outbox('access')).ids;
    const probe = await new EventProbe(
      system.nats.url,
      system.subjectPrefix,
      Streams.access,
      'downstream-after-db-outage',
      system.nats.credentials('monitor'),
    ).start();
    try {
      await probe.waitFor((events) => events.length >= committed.length, RECOVERY_LIMIT_MS).catch(() => undefined);
      const received = new Set(probe.received.map((event) => event.id));
      figures.lost = committed.filter((id) => !received.has(id)).length;
    } finally {
      await probe.stop();
    }
    figures.duplicates = (await system.streamMessageCount(Streams.access)) - committed.length;
    expect(figures.lost).toBe(0);
    expect(figures.duplicates).toBe(0);

    figures.requests = log.answers.length;
    figures.hangs = log.answers.filter((answer) => answer.status === 0).length;
    figures.other5xx = log.answers.filter((answer) => answer.status >= 500 && answer.status !== 503 && answer.status !== 504).length;
    figures.slowest = Math.max(...log.answers.map((answer) => answer.ms));
    expect(figures.hangs + figures.other5xx).toBe(0);
  });
});
