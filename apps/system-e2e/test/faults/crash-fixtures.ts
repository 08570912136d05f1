import { randomUUID } from 'node:crypto';
import { type CloudEvent, DelegationAction, DelegationEventOf, DelegationEvents, Quality } from '@chaman/contracts';
import type { EventProbe } from '@chaman/testing';
import { OPERATOR, type Person } from '../../src';
import {
  type AnswerLog,
  isCleanOutageProblem,
  isSuccess,
  pollUntil,
  type ProcessSystem,
  type ServiceProcess,
  type TimedAnswer,
} from '../../src/processes';
import { CONTACT, enterpriseNumberFrom } from '../sender/sender-fixtures';

export interface Party {
  cbe: string;
  chief: Person;
}

/** Runs `task` over `items` with at most `concurrency` at a time; results in the order of `items`. */
export async function inPool<Item, Result>(
  items: Item[],
  concurrency: number,
  task: (item: Item, index: number) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await task(items[index], index);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/**
 * Creates set-up data: a busy machine may answer 503/504 while child processes warm up, so the same request is
 * retried with one Idempotency-Key (safe: it acts at most once) a few times before the set-up gives up.
 */
async function expectCreated(
  send: (headers: Record<string, string>) => Promise<{ status: number; body: any }>,
  what: string,
): Promise<any> {
  const headers = { 'idempotency-key': `setup-${randomUUID()}` };
  for (let attempt = 1; ; attempt += 1) {
    const response = await send(headers);
    if (response.status === 201) return response.body;
    if (![503, 504].includes(response.status) || attempt === 5)
      throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

export async function registerParty(system: ProcessSystem, seed: number, qualities: Quality[]): Promise<Party> {
  const cbe = enterpriseNumberFrom(seed);
  const chief: Person = { sub: `chief-${seed}`, name: `Chief ${seed}`, email: `chief-${seed}@example.be` };
  await expectCreated(
    (headers) =>
      system.api.as(OPERATOR, 'POST', '/api/v1/enterprises', {
        headers,
        body: {
          enterpriseNumber: cbe,
          name: `Enterprise ${seed}`,
          qualities,
          chiefAccessManager: { userId: chief.sub, name: chief.name, email: chief.email },
        },
      }),
    `enterprise ${cbe}`,
  );
  return { cbe, chief };
}

/** A CPAS sender of `company` with `count` REST accounts; their ids. */
export async function restAccountsOf(system: ProcessSystem, company: Party, count: number): Promise<string[]> {
  const senders = `/api/v1/enterprises/${company.cbe}/senders`;
  const sender = await expectCreated(
    (headers) => system.api.as(company.chief, 'POST', senders, { headers, body: { quality: Quality.CPAS, contact: CONTACT } }),
    'sender',
  );
  return inPool(
    Array.from({ length: count }, (_, index) => index),
    4,
    async (index) => {
      const account = await expectCreated(
        (headers) =>
          system.api.as(company.chief, 'POST', `${senders}/${sender.senderNumber}/rest-accounts`, {
            headers,
            body: { name: `account-${index}`, environment: 'PRODUCTION', scopes: ['dmfa:declaration:read'] },
          }),
        'REST account',
      );
      return account.id as string;
    },
  );
}

/** The company asks `intermediary` for a delegation of each account; the pending delegations' ids. */
export async function requestDelegations(
  system: ProcessSystem,
  company: Party,
  intermediary: Party,
  accounts: string[],
): Promise<string[]> {
  return inPool(accounts, 4, async (restAccountId) => {
    const delegation = await expectCreated(
      (headers) =>
        system.api.as(company.chief, 'POST', `/api/v1/enterprises/${company.cbe}/delegations`, {
          headers,
          body: {
            companyEnterpriseNumber: company.cbe,
            companyQuality: Quality.CPAS,
            intermediaryEnterpriseNumber: intermediary.cbe,
            restAccountId,
          },
        }),
      'delegation request',
    );
    return delegation.id as string;
  });
}

/** One transition of one delegation by `party`, with an Idempotency-Key so that a retry after a failure is safe. */
export async function transition(system: ProcessSystem, log: AnswerLog, party: Party, id: string, action: string): Promise<TimedAnswer> {
  return log.call('POST', `/api/v1/enterprises/${party.cbe}/delegations/${id}/${action}`, {
    token: await system.api.tokenFor(party.chief),
    body: {},
    headers: { 'idempotency-key': `${action}-${id}` },
  });
}

export interface CrashDrill {
  /** The first answer of each call of the burst. */
  answers: TimedAnswer[];
  /** Calls that failed (cleanly or not) and were retried once the service was back. */
  retried: number;
}

/**
 * Runs `call` over `ids` with `concurrency` calls in flight, kills `victim` with SIGKILL once `killAfter`
 * answers came back (the rest is in flight or still to come), starts it again at once, and finally retries
 * every call that did not succeed — with the same Idempotency-Key, as a careful client would.
 */
export async function burstWithCrash(options: {
  ids: string[];
  call: (id: string) => Promise<TimedAnswer>;
  concurrency: number;
  killAfter: number;
  victim: ServiceProcess;
}): Promise<CrashDrill> {
  const { ids, call, concurrency, killAfter, victim } = options;
  const answers = new Map<string, TimedAnswer>();
  const queue = [...ids];
  const crash: { restart: Promise<void> | null } = { restart: null };
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      answers.set(id, await call(id));
      if (answers.size >= killAfter && !crash.restart) crash.restart = victim.kill().then(() => victim.start());
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (!crash.restart) throw new Error('the burst ended before the kill');
  await crash.restart;

  const failed = ids.filter((id) => !isSuccess(answers.get(id)!));
  for (const id of failed) {
    // Bounded: the service is ready again, so a retry answers at once; the first retries may still meet a reconnecting bus.
    await pollUntil(async () => isSuccess(await call(id)), { what: `the retry of ${id} succeeding`, timeoutMs: 15_000, intervalMs: 200 });
  }
  return { answers: ids.map((id) => answers.get(id)!), retried: failed.length };
}

/** First answers that were neither a success nor a clean 503/504 problem. */
export function uncleanAnswers(answers: TimedAnswer[]): TimedAnswer[] {
  return answers.filter((answer) => !isSuccess(answer) && !isCleanOutageProblem(answer));
}

export interface ExactlyOnce {
  expected: number;
  lost: number;
  duplicates: number;
}

/**
 * Every committed change (a `(delegation, action)` history line read back from the database) has exactly
 * one event at the downstream durable consumer: none missing, no event id twice, no change twice.
 */
export async function compareWithHistory(system: ProcessSystem, probe: EventProbe, timeoutMs = 20_000): Promise<ExactlyOnce> {
  const history = await system.query<{ delegation_id: string; action: DelegationAction }>(
    'delegation',
    'select delegation_id, action from delegation_transition order by id',
  );
  const expected = history.map((line) => `${line.delegation_id} ${DelegationEventOf[line.action].type}`);
  await probe.waitFor((events) => distinct(events).length >= expected.length, timeoutMs).catch(() => undefined);
  const received = distinct(probe.received).map((event) => `${event.subject} ${event.type}`);
  const receivedCounts = countOf(received);
  const expectedCounts = countOf(expected);
  let lost = 0;
  let duplicates = 0;
  for (const [pair, count] of expectedCounts) lost += Math.max(0, count - (receivedCounts.get(pair) ?? 0));
  for (const [pair, count] of receivedCounts) duplicates += Math.max(0, count - (expectedCounts.get(pair) ?? 0));
  // The same event id delivered twice would be a redelivery, not a second event; the stream itself must hold each once.
  duplicates += Math.max(0, (await system.streamMessageCount(DelegationEvents.accepted.stream)) - expected.length);
  return { expected: expected.length, lost, duplicates };
}

function distinct(events: CloudEvent[]): CloudEvent[] {
  return [...new Map(events.map((event) => [event.id, event])).values()];
}

function countOf(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
