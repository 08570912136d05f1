import { DelegationEvents, DelegationParty, DelegationStatus, Quality, Streams } from '@chaman/contracts';
import { EventProbe } from '@chaman/testing';
import { randomUUID } from 'node:crypto';
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
/** What "answered within the gateway's timeout" allows on top of it on two shared, busy cores. */
const MARGIN_MS = 1_500;
const RECOVERY_LIMIT_MS = 15_000;

describe('outage: NATS stops under traffic', () => {
  let system: ProcessSystem;
  let log: AnswerLog;
  let operatorToken: string;
  let probe: EventProbe;
  let knownEnterprise: string;
  let seed = 7_300_000;
  const figures = {
    requests: 0,
    outageAnswers: 0,
    recoveryMs: 0,
    committedWhileDown: 0,
    lost: 0,
    duplicates: 0,
    other5xx: 0,
    hangs: 0,
    slowest: 0,
  };

  const registration = () => {
    const enterpriseNumber = enterpriseNumberFrom((seed += 1));
    return {
      enterpriseNumber,
      name: `Outage ${seed}`,
      qualities: [Quality.EMPLOYER],
      chiefAccessManager: { userId: `chief-${seed}`, name: 'Chief', email: `chief-${seed}@example.be` },
    };
  };
  const register = () => log.call('POST', '/api/v1/enterprises', { token: operatorToken, body: registration() });
  const readKnown = () => log.call('GET', `/api/v1/enterprises/${knownEnterprise}`, { token: operatorToken });
  const health = () => log.call('GET', '/api/v1/health');

  /** The gateway answers its health check with 200 again: NATS, all three services and their databases answer. */
  const healthy = () =>
    pollUntil(async () => (await health()).status === 200, {
      what: 'GET /health answering 200',
      timeoutMs: RECOVERY_LIMIT_MS,
      intervalMs: 100,
    });

  beforeAll(async () => {
    system = await startProcessSystem({ busTimeoutMs: BUS_TIMEOUT_MS });
    log = new AnswerLog(system.api.baseUrl, BUS_TIMEOUT_MS + 10_000);
    operatorToken = await system.api.tokenFor(OPERATOR);
    probe = await new EventProbe(
      system.nats.url,
      system.subjectPrefix,
      Streams.access,
      'downstream-through-outages',
      system.nats.credentials('monitor'),
    ).start();
    const first = await register();
    expect(first.status).toBe(201);
    knownEnterprise = first.body.enterpriseNumber;
  });

  afterAll(async () => {
    await probe?.stop();
    await system?.stop();
    console.log(
      `[faults] outage=nats requests=${figures.requests} answered-during-outage=${figures.outageAnswers} hangs=${figures.hangs} slowest-ms=${figures.slowest} ` +
        `recovery-ms=${figures.recoveryMs} committed-while-down=${figures.committedWhileDown} lost=${figures.lost} duplicates=${figures.duplicates} 5xx-other-than-503/504=${figures.other5xx}`,
    );
  });

  it('answers 503 problems within the bus timeout while NATS is down, never hangs, and recovers by itself once it is back', async () => {
    const calls = [register, readKnown, health];
    const traffic = new Traffic(calls.length, (worker) => calls[worker]()).start();
    try {
      const successesSince = (from: number, path?: string) =>
        log.answers.filter((a) => a.startedAt >= from && a.status < 300 && (!path || a.path === path)).length;
      const warmUp = Date.now();
      await pollUntil(() => successesSince(warmUp) >= 6, { what: 'traffic flowing before the outage', timeoutMs: 20_000 });

      await system.nats.stop('SIGKILL');
      const downAt = Date.now();
      // Enough calls made entirely inside the outage, including ones queued behind in-flight requests.
      await pollUntil(() => log.answers.filter((a) => a.startedAt > downAt).length >= 45, {
        what: 'answers during the outage',
        timeoutMs: 20_000,
      });
      // The outage ends when the restart begins: calls may succeed while the start waits for readiness.
      const restartAt = Date.now();
      await system.nats.start();
      const upAt = Date.now();

      const during = log.startedBetween(downAt, restartAt).filter((answer) => answer.endedAt <= restartAt);
      figures.outageAnswers = during.length;
      expect(during.length).toBeGreaterThanOrEqual(30);
      // While NATS is down nothing can succeed: each answer is a clean 503/504 problem.
      expect(describeAnswers(during.filter((answer) => !isCleanOutageProblem(answer)))).toBe('');
      expect(during.filter((answer) => answer.status === 503).length).toBeGreaterThan(0);

      await healthy();
      figures.recoveryMs = Date.now() - upAt;
      const recovered = Date.now();
      await pollUntil(
        () =>
          successesSince(recovered, '/api/v1/enterprises') >= 2 && successesSince(recovered, `/api/v1/enterprises/${knownEnterprise}`) >= 2,
        {
          what: 'registrations and reads succeeding again',
          timeoutMs: RECOVERY_LIMIT_MS,
        },
      );
    } finally {
      await traffic.stop();
      await system.nats.start();
    }
    expect(figures.recoveryMs).toBeLessThan(RECOVERY_LIMIT_MS);
    expect(describeAnswers(log.unclean())).toBe('');
    expect(describeAnswers(log.slowerThan(BUS_TIMEOUT_MS + MARGIN_MS))).toBe('');
    for (const service of system.services.values()) expect(service.running).toBe(true);
  });

  it('publishes the events committed while NATS was down once it is back, each exactly once', async () => {
    // Registrations held at the database (a table lock) until NATS is gone, so they commit during the outage.
    const holder = await system.connect('access');
    const bodies = Array.from({ length: 4 }, registration);
    const numbers = bodies.map((body) => body.enterpriseNumber);
    let answers: ReturnType<typeof register>[];
    try {
      await holder.query('begin');
      await holder.query('lock table enterprise in share mode');
      answers = bodies.map((body) => log.call('POST', '/api/v1/enterprises', { token: operatorToken, body }));
      await pollUntil(
        async () => {
          const [{ waiting }] = await system.query<{ waiting: number }>(
            'access',
            "select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
          );
          return waiting >= bodies.length;
        },
        { what: 'the registrations waiting on the lock', timeoutMs: 10_000, intervalMs: 50 },
      );
      await system.nats.stop('SIGKILL');
      await holder.query('commit');
    } finally {
      await holder.end();
    }

    try {
      figures.committedWhileDown = await pollUntil(
        async () => {
          const rows = await system.query<{ count: number }>(
            'access',
            "select count(*)::int as count from outbox_event where published_at is null and event->>'subject' = any($1)",
            [numbers],
          );
          return rows[0].count >= 2 * bodies.length ? rows[0].count : undefined;
        },
        { what: 'the registrations committed with NATS down, their events in the outbox', timeoutMs: 10_000 },
      );
      // Their callers got a clean problem in time: the gateway could not know the outcome.
      for (const answer of await Promise.all(answers)) {
        expect(isCleanOutageProblem(answer)).toBe(true);
        expect(answer.ms).toBeLessThanOrEqual(BUS_TIMEOUT_MS + MARGIN_MS);
      }
    } finally {
      await system.nats.start();
    }
    await healthy();
    await pollUntil(async () => (await system.outbox('access')).unpublished === 0, {
      what: 'the outbox relayed after the outage',
      timeoutMs: RECOVERY_LIMIT_MS,
    });

    // The registrations did happen: the answer was "unavailable", the change is there, and so are its events.
    for (const enterpriseNumber of numbers) expect((await readKnownOf(enterpriseNumber)).status).toBe(200);
    const committed = (await system.outbox('access')).ids;
    await probe
      .waitFor((events) => committed.every((id) => events.some((event) => event.id === id)), RECOVERY_LIMIT_MS)
      .catch(() => undefined);
    const received = new Set(probe.received.map((event) => event.id));
    figures.lost = committed.filter((id) => !received.has(id)).length;
    const inStream = await system.streamMessageCount(Streams.access);
    figures.duplicates = inStream - new Set(committed).size;
    expect(figures.lost).toBe(0);
    expect(inStream).toBe(committed.length);
    expect([...received].every((id) => committed.includes(id))).toBe(true);

    // The services' own durable consumers resumed by themselves too: the sender-service applies a new delegation event
    // (an end: an acceptance would first be confirmed with the delegation-service, which never made this one).
    const delegation = delegationState({
      id: randomUUID(),
      status: DelegationStatus.REVOKED,
      companyEnterpriseNumber: enterpriseNumberFrom(7_399_001),
      intermediaryEnterpriseNumber: enterpriseNumberFrom(7_399_002),
      restAccountId: randomUUID(),
    });
    await publishEvents(
      system.nats.url,
      system.subjectPrefix,
      DelegationEvents.revoked,
      [
        {
          subject: delegation.id,
          data: {
            delegation,
            actor: { userId: 'someone', enterpriseNumber: delegation.companyEnterpriseNumber, party: DelegationParty.COMPANY },
          },
        },
      ],
      system.nats.credentials('delegation'),
    );
    await pollUntil(
      async () =>
        (await system.query('sender', "select 1 from delegation_grant where delegation_id = $1 and status = 'REVOKED'", [delegation.id]))
          .length === 1,
      {
        what: "the sender-service's consumer applying an event after the outage",
        timeoutMs: RECOVERY_LIMIT_MS,
      },
    );

    figures.requests = log.answers.length;
    figures.hangs = log.answers.filter((answer) => answer.status === 0).length;
    figures.other5xx = log.answers.filter((answer) => answer.status >= 500 && answer.status !== 503 && answer.status !== 504).length;
    figures.slowest = Math.max(...log.answers.map((answer) => answer.ms));
    expect(figures.hangs + figures.other5xx).toBe(0);
  });

  function readKnownOf(enterpriseNumber: string) {
    return log.call('GET', `/api/v1/enterprises/${enterpriseNumber}`, { token: operatorToken });
  }
});
