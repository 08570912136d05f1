import { DelegationAction, DelegationStatus, Quality, Streams } from '@chaman/contracts';
import { EventProbe } from '@chaman/testing';
import { AnswerLog, describeAnswers, pollUntil, type ProcessSystem, startProcessSystem } from '../../src/processes';
import {
  burstWithCrash,
  compareWithHistory,
  type Party,
  registerParty,
  requestDelegations,
  restAccountsOf,
  transition,
  uncleanAnswers,
} from './crash-fixtures';

// Processes start slowly on a busy machine; every wait inside is bounded on its own, with a clearer message.
jest.setTimeout(180_000);

const BUS_TIMEOUT_MS = 2_000;
const MARGIN_MS = 1_500;
const ACCOUNTS = 30;

describe('crash: kill -9 of the delegation-service in the middle of a burst of transitions', () => {
  let system: ProcessSystem;
  let log: AnswerLog;
  let probe: EventProbe;
  let company: Party;
  let intermediary: Party;
  let delegations: string[];
  const figures = {
    crashes: 0,
    requests: 0,
    failedCleanly: 0,
    unavailable: 0,
    timedOut: 0,
    retried: 0,
    committedUnanswered: 0,
    committed: 0,
    lost: 0,
    duplicates: 0,
    unclean: 0,
  };

  beforeAll(async () => {
    system = await startProcessSystem({ busTimeoutMs: BUS_TIMEOUT_MS });
    log = new AnswerLog(system.api.baseUrl, BUS_TIMEOUT_MS + 10_000);
    // The downstream system: a durable consumer that is there before the first event and never restarts.
    probe = await new EventProbe(
      system.nats.url,
      system.subjectPrefix,
      Streams.delegation,
      'downstream-through-crashes',
      system.nats.credentials('downstream'),
    ).start();
    company = await registerParty(system, 7_500_001, [Quality.CPAS]);
    intermediary = await registerParty(system, 7_500_002, [Quality.TECHNICAL_INTERMEDIARY]);
    delegations = await requestDelegations(system, company, intermediary, await restAccountsOf(system, company, ACCOUNTS));
  });

  afterAll(async () => {
    await probe?.stop();
    await system?.stop();
    console.log(
      `[faults] crash=delegation-service kills=${figures.crashes} requests=${figures.requests} failed-cleanly=${figures.failedCleanly} (503=${figures.unavailable} 504=${figures.timedOut}) retried=${figures.retried} committed-but-unanswered=${figures.committedUnanswered} ` +
        `committed-changes=${figures.committed} lost=${figures.lost} duplicates=${figures.duplicates} 5xx-other-than-503/504=${figures.unclean} ` +
        `restart-ms=${system?.service('delegation').startTimes.slice(1).join('/')}`,
    );
  });

  async function drill(
    party: Party,
    ids: string[],
    action: string,
    status: DelegationStatus,
    historyAction: DelegationAction,
  ): Promise<void> {
    const victim = system.service('delegation');
    const result = await burstWithCrash({
      ids,
      call: (id) => transition(system, log, party, id, action),
      concurrency: 8,
      killAfter: 8,
      victim,
    });
    figures.crashes += 1;
    figures.retried += result.retried;
    figures.unavailable += result.answers.filter((answer) => answer.status === 503).length;
    figures.timedOut += result.answers.filter((answer) => answer.status === 504).length;
    figures.failedCleanly = figures.unavailable + figures.timedOut;

    // Every call either succeeded or failed cleanly, in time; the kill did hit calls of the burst.
    expect(describeAnswers(uncleanAnswers(result.answers))).toBe('');
    expect(describeAnswers(result.answers.filter((answer) => answer.ms > BUS_TIMEOUT_MS + MARGIN_MS))).toBe('');
    expect(result.retried).toBeGreaterThan(0);

    // After the retries each delegation made the transition exactly once.
    const rows = await system.query<{ id: string; status: string; times: number }>(
      'delegation',
      `select d.id, d.status, (select count(*)::int from delegation_transition t where t.delegation_id = d.id and t.action = $2) as times
         from delegation d where d.id = any($1)`,
      [ids, historyAction],
    );
    expect(rows).toHaveLength(ids.length);
    expect(rows.filter((row) => row.status !== status || row.times !== 1)).toEqual([]);
    // Calls whose change committed although their caller got a 503/504: the retry replayed it instead of doing it twice.
    const failedFirst = result.answers.map((answer, index) => ({ answer, id: ids[index] })).filter(({ answer }) => answer.status >= 500);
    const committedAt = await system.query<{ delegation_id: string; at: Date }>(
      'delegation',
      'select delegation_id, at from delegation_transition where action = $2 and delegation_id = any($1)',
      [failedFirst.map(({ id }) => id), historyAction],
    );
    const atOf = new Map(committedAt.map((row) => [row.delegation_id, row.at.getTime()]));
    figures.committedUnanswered += failedFirst.filter(({ answer, id }) => (atOf.get(id) ?? Infinity) <= answer.endedAt).length;

    const exactlyOnce = await compareWithHistory(system, probe);
    Object.assign(figures, { committed: exactlyOnce.expected, lost: exactlyOnce.lost, duplicates: exactlyOnce.duplicates });
    expect(exactlyOnce).toEqual({ expected: expect.any(Number), lost: 0, duplicates: 0 });
  }

  it('accepts: every call succeeds or fails with a 503/504 problem, and each committed accept has exactly one event downstream', async () => {
    await drill(intermediary, delegations, 'accept', DelegationStatus.ACCEPTED, DelegationAction.ACCEPT);
  });

  it('revokes: the same when the company revokes while the service is killed again', async () => {
    await drill(company, delegations.slice(0, 20), 'revoke', DelegationStatus.REVOKED, DelegationAction.REVOKE);
    figures.requests = log.answers.length;
    figures.unclean =
      log.answers.filter((answer) => answer.status >= 500 && answer.status !== 503 && answer.status !== 504).length +
      log.answers.filter((a) => a.status === 0).length;
    expect(figures.unclean).toBe(0);
    await pollUntil(async () => (await system.outbox('delegation')).unpublished === 0, {
      what: 'every outbox row marked published',
      timeoutMs: 10_000,
    });
  });
});
