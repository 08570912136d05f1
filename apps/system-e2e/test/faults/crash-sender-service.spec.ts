import { CertificateStatus, DelegationStatus, Quality, SenderEvents, Streams } from '@chaman/contracts';
import { SERVICE_DURABLES } from '@chaman/platform';
import { EventProbe, makeCertificate } from '@chaman/testing';
import { AnswerLog, isSuccess, pollUntil, type ProcessSystem, startProcessSystem } from '../../src/processes';
import { inPool, type Party, registerParty, requestDelegations, restAccountsOf, transition } from './crash-fixtures';

// Processes start slowly on a busy machine; every wait inside is bounded on its own, with a clearer message.
jest.setTimeout(180_000);

const ACCOUNTS = 20;
const { durable: CONSUMER, events: CONSUMED } = SERVICE_DURABLES.senderDelegations;
/** A consumer killed with events in hand gets them again once JetStream's ack wait (30 s) has passed. */
const REDELIVERY_LIMIT_MS = 60_000;

describe('crash: kill -9 of the sender-service while it consumes a batch of delegation events', () => {
  let system: ProcessSystem;
  let log: AnswerLog;
  let company: Party;
  let former: Party;
  let successor: Party;
  let accounts: string[];
  let revoked: string[];
  let accepted: string[];
  const certificates: string[] = [];
  const figures = { kills: 0, backlog: 0, appliedBeforeKill: 0, events: 0, processed: 0, skipped: 0, appliedTwice: 0, catchUpMs: 0 };

  /** The events of the stream the durable receives. */
  const consumedCount = () => system.streamMessageCount(Streams.delegation, CONSUMED);
  const processedCount = async () =>
    (
      await system.query<{ count: number }>('sender', 'select count(*)::int as count from processed_event where consumer = $1', [CONSUMER])
    )[0].count;

  /** Runs `action` on every delegation, a few at a time; each must succeed (nothing is being broken yet). */
  async function transitionAll(party: Party, ids: string[], action: string): Promise<void> {
    await inPool(ids, 4, async (id) => {
      const answer = await transition(system, log, party, id, action);
      if (!isSuccess(answer)) throw new Error(`${action} ${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
    });
  }

  beforeAll(async () => {
    // Small batches, so that the kill lands between two commits of the backlog (a batch is one transaction).
    system = await startProcessSystem({ serviceEnv: { EVENT_BATCH_MAX: '4' } });
    log = new AnswerLog(system.api.baseUrl, 15_000);
    company = await registerParty(system, 7_600_001, [Quality.CPAS]);
    former = await registerParty(system, 7_600_002, [Quality.TECHNICAL_INTERMEDIARY]);
    successor = await registerParty(system, 7_600_003, [Quality.TECHNICAL_INTERMEDIARY]);
    accounts = await restAccountsOf(system, company, ACCOUNTS);

    // The former intermediary manages every account and registered a certificate on each.
    revoked = await requestDelegations(system, company, former, accounts);
    await transitionAll(former, revoked, 'accept');
    await pollUntil(
      async () =>
        (await system.query<{ count: number }>('sender', 'select count(*)::int as count from delegation_grant where active'))[0].count ===
        ACCOUNTS,
      { what: 'the sender-service granting the former intermediary every account', timeoutMs: 20_000 },
    );
    certificates.push(
      ...(await inPool(accounts, 4, async (account) => {
        const certificate = await makeCertificate({ commonName: `former-${account.slice(0, 8)}.example.be` });
        const registered = await system.api.as(
          former.chief,
          'POST',
          `/api/v1/enterprises/${former.cbe}/rest-accounts/${account}/certificates`,
          {
            body: { name: `former on ${account.slice(0, 8)}`, pem: certificate.pem },
          },
        );
        if (registered.status !== 201) throw new Error(`certificate: ${registered.status} ${JSON.stringify(registered.body)}`);
        return registered.body.id as string;
      })),
    );
    // The successor's requests wait for its acceptance.
    accepted = await requestDelegations(system, company, successor, accounts);
  });

  afterAll(async () => {
    await system?.stop();
    console.log(
      `[faults] crash=sender-service kills-mid-batch=${figures.kills} backlog=${figures.backlog} applied-before-kill=${figures.appliedBeforeKill} events=${figures.events} ` +
        `processed=${figures.processed} skipped=${figures.skipped} applied-twice=${figures.appliedTwice} catch-up-ms=${figures.catchUpMs}`,
    );
  });

  it('applies every event exactly once although killed in the middle of the batch: grants and certificates match the last event of each delegation', async () => {
    const sender = system.service('sender');
    // Caught up means: nothing left in the delegation-service's outbox, and every published event applied.
    const unpublished = async () =>
      (await system.query<{ count: number }>('delegation', 'select count(*)::int as count from outbox_event where published_at is null'))[0]
        .count;
    await pollUntil(async () => (await unpublished()) === 0 && (await processedCount()) === (await consumedCount()), {
      what: 'the sender-service caught up',
      timeoutMs: 20_000,
    });
    const baseline = await processedCount();

    // While the sender-service is down, the company revokes the former intermediary and the successor accepts: a backlog.
    await sender.kill();
    await Promise.all([transitionAll(company, revoked, 'revoke'), transitionAll(successor, accepted, 'accept')]);
    figures.backlog = revoked.length + accepted.length;
    await pollUntil(async () => (await consumedCount()) === baseline + figures.backlog, {
      what: 'the backlog on the stream',
      timeoutMs: 20_000,
    });

    // Started again, it works through the backlog; kill -9 once it is well into it.
    const starting = sender.start().catch(() => undefined);
    figures.appliedBeforeKill = await pollUntil(
      async () => {
        const applied = (await processedCount()) - baseline;
        return applied >= figures.backlog / 4 ? applied : undefined;
      },
      { what: 'the sender-service applying its backlog', timeoutMs: 90_000, intervalMs: 20 },
    );
    await sender.kill();
    figures.kills += 1;
    await starting;
    figures.appliedBeforeKill = (await processedCount()) - baseline;
    expect(figures.appliedBeforeKill).toBeLessThan(figures.backlog);

    await sender.start();
    const restarted = Date.now();
    await pollUntil(async () => (await processedCount()) === baseline + figures.backlog, {
      what: 'the whole backlog applied',
      timeoutMs: REDELIVERY_LIMIT_MS,
      intervalMs: 250,
    });
    figures.catchUpMs = Date.now() - restarted;

    // No event skipped: one processed row per event of the stream, the very same ids.
    const probe = await new EventProbe(
      system.nats.url,
      system.subjectPrefix,
      Streams.delegation,
      'audit-after-crash',
      system.nats.credentials('downstream'),
    ).start();
    let streamIds: string[];
    try {
      // The durable receives the event types that can change a grant (revocations and acceptances here), not the requests.
      const all = await system.streamMessageCount(Streams.delegation);
      const consumedTypes = new Set(CONSUMED.map((definition) => definition.type));
      streamIds = (await probe.waitFor((events) => events.length >= all, 10_000))
        .filter((event) => consumedTypes.has(event.type))
        .map((event) => event.id);
      figures.events = streamIds.length;
    } finally {
      await probe.stop();
    }
    const processed = await system.query<{ event_id: string }>('sender', 'select event_id from processed_event where consumer = $1', [
      CONSUMER,
    ]);
    figures.processed = processed.length;
    const processedIds = new Set(processed.map((row) => row.event_id));
    figures.skipped = streamIds.filter((id) => !processedIds.has(id)).length;
    expect(figures.skipped).toBe(0);
    expect(figures.processed).toBe(figures.events);

    // The state is the last event of each delegation.
    const grants = await system.query<{ delegation_id: string; status: string; active: boolean }>(
      'sender',
      'select delegation_id, status, active from delegation_grant',
    );
    const grantOf = new Map(grants.map((grant) => [grant.delegation_id, grant]));
    expect(revoked.filter((id) => grantOf.get(id)?.status !== DelegationStatus.REVOKED || grantOf.get(id)?.active !== false)).toEqual([]);
    expect(accepted.filter((id) => grantOf.get(id)?.status !== DelegationStatus.ACCEPTED || grantOf.get(id)?.active !== true)).toEqual([]);
    const statuses = await system.query<{ id: string; status: string }>('sender', 'select id, status from certificate where id = any($1)', [
      certificates,
    ]);
    expect(statuses.filter((certificate) => certificate.status !== CertificateStatus.INACTIVE)).toEqual([]);
    expect(statuses).toHaveLength(certificates.length);

    // None applied twice: each effect recorded its event once (access granted/withdrawn per delegation, one deactivation per certificate).
    const effects = await system.query<{ type: string; key: string; times: number }>(
      'sender',
      `select event->>'type' as type, coalesce(event->'data'->'certificate'->>'id', event->'data'->>'delegationId') as key, count(*)::int as times
         from outbox_event where event->>'type' = any($1) group by 1, 2`,
      [
        [
          SenderEvents.intermediaryAccessGranted.type,
          SenderEvents.intermediaryAccessWithdrawn.type,
          SenderEvents.certificateDeactivated.type,
        ],
      ],
    );
    figures.appliedTwice = effects.filter((effect) => effect.times > 1).length;
    expect(figures.appliedTwice).toBe(0);
    const keysOf = (type: string) =>
      effects
        .filter((effect) => effect.type === type)
        .map((effect) => effect.key)
        .sort();
    expect(keysOf(SenderEvents.intermediaryAccessGranted.type)).toEqual([...revoked, ...accepted].sort());
    expect(keysOf(SenderEvents.intermediaryAccessWithdrawn.type)).toEqual([...revoked].sort());
    expect(keysOf(SenderEvents.certificateDeactivated.type)).toEqual([...certificates].sort());
    // And the sender-service's own events reached its stream once each.
    await pollUntil(async () => (await system.outbox('sender')).unpublished === 0, {
      what: 'the sender outbox relayed',
      timeoutMs: 10_000,
    });
    expect(await system.streamMessageCount(Streams.sender)).toBe((await system.outbox('sender')).ids.length);
  });
});
