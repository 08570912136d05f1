import { TECHNICAL_CHANNELS_PERMISSION } from '@chaman/contracts';
import { RightsFeed } from '@chaman/gateway';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ConsumerMessages } from 'nats';
import { type ApiClient, OPERATOR, type Person, type RunningSystem, startSystem } from '../../src';
import { pollUntil } from '../../src/processes/poll-until';

const CBE = '0123456749';
const CHANGES = Number(process.env.CHAMAN_RIGHTS_CHANGES ?? 200);
const person = (sub: string): Person => ({ sub, name: sub, email: `${sub}@example.test` });
const chief = person('chief-r');
const user = person('user-r');
const rightPath = `/api/v1/enterprises/${CBE}/members/${user.sub}/permissions/${TECHNICAL_CHANNELS_PERMISSION}`;
const sendersPath = `/api/v1/enterprises/${CBE}/senders`;

/** Decisions of one gateway by source (`copy`, `owner:<why>`), from its metrics port. */
async function decisions(api: ApiClient): Promise<Record<string, number>> {
  const text = await api.metrics();
  const counts: Record<string, number> = {};
  for (const [, source, value] of text.matchAll(/^chaman_authorization_decisions_total\{source="([^"]+)"[^}]*\} (\d+)/gm))
    counts[source] = Number(value);
  return counts;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * The gateways' local copy of the rights (DESIGN §2): a revoked right is refused by every replica within a
 * bounded, measured delay; a copy that cannot tell it is current asks the access-service instead.
 */
describe('authorisation from the local copy of the rights, two gateway replicas', () => {
  let system: RunningSystem;
  let replicas: Array<{ app: NestFastifyApplication; api: ApiClient }>;

  const asUser = (api: ApiClient) => api.as(user, 'GET', sendersPath);
  const everyReplica = (status: number, what: string) =>
    Promise.all(
      replicas.map(({ api }) => pollUntil(async () => (await asUser(api)).status === status, { what, timeoutMs: 10_000, intervalMs: 1 })),
    );

  beforeAll(async () => {
    system = await startSystem({ services: ['access', 'sender'] });
    replicas = [{ app: system.gateway, api: system.api }, await system.startGatewayReplica()];
    const registration = {
      enterpriseNumber: CBE,
      name: 'Rights',
      qualities: ['CPAS'],
      chiefAccessManager: { userId: chief.sub, name: chief.name, email: chief.email },
    };
    expect((await system.api.as(OPERATOR, 'POST', '/api/v1/enterprises', { body: registration })).status).toBe(201);
    expect(
      (
        await system.api.as(chief, 'PUT', `/api/v1/enterprises/${CBE}/members/${user.sub}`, {
          body: { position: 'USER', name: user.name, email: user.email },
        })
      ).status,
    ).toBe(201);
    expect((await system.api.as(chief, 'PUT', rightPath)).status).toBe(200);
    await Promise.all(
      replicas.map(({ app }) =>
        pollUntil(() => app.get(RightsFeed).state().current, { what: 'copy current', timeoutMs: 10_000, intervalMs: 10 }),
      ),
    );
    await everyReplica(200, 'the grant allowed');
  });
  afterAll(async () => {
    await system?.stop();
  });

  it(`refuses a revoked right on every replica within a bounded delay (${CHANGES} revocations), deciding allowances locally`, async () => {
    const before = await Promise.all(replicas.map(({ api }) => decisions(api)));
    const delays: number[] = [];
    const afterResponse: number[] = [];
    for (let change = 0; change < CHANGES; change++) {
      const revokedAt = performance.now();
      const revoke = replicas[change % 2].api.as(chief, 'DELETE', rightPath);
      // Both replicas are asked from the moment the revocation is sent: the delay is an upper bound of commit → refusal.
      const refusedAt = replicas.map(async ({ api }) => {
        for (;;) if ((await asUser(api)).status === 403) return performance.now();
      });
      expect((await revoke).status).toBe(204);
      const answeredAt = performance.now();
      for (const at of await Promise.all(refusedAt)) {
        delays.push(at - revokedAt);
        afterResponse.push(Math.max(0, at - answeredAt));
      }
      expect((await replicas[(change + 1) % 2].api.as(chief, 'PUT', rightPath)).status).toBe(200);
      await everyReplica(200, 'the grant allowed again');
    }
    const after = await Promise.all(replicas.map(({ api }) => decisions(api)));
    const sorted = [...delays].sort((a, b) => a - b);
    const sortedAfter = [...afterResponse].sort((a, b) => a - b);
    const figures = {
      revocations: CHANGES,
      replicas: replicas.length,
      sendToRefusalMs: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) },
      responseToRefusalMs: { p50: percentile(sortedAfter, 50), p99: percentile(sortedAfter, 99), max: sortedAfter.at(-1) },
      decisions: after.map((counts, index) =>
        Object.fromEntries(Object.entries(counts).map(([source, count]) => [source, count - (before[index][source] ?? 0)])),
      ),
    };
    // The figures go to the log (bench/results/2026-12-02-0200-under-load.md quotes them against the 100 ms goal); the assertion only proves the
    // delay bounded, with room for a CI machine shared with other suites.
    console.log(`revocation → refusal over two gateway replicas: ${JSON.stringify(figures)}`);
    expect(figures.sendToRefusalMs.max).toBeLessThan(5_000);
    for (const counts of figures.decisions) expect(counts.copy).toBeGreaterThan(CHANGES);
  }, 600_000);

  it('asks the access-service when its feed is cut: behind the stream, a revoked right is refused all the same', async () => {
    const [healthy, cut] = replicas;
    const feed = cut.app.get(RightsFeed);
    // A consumer that dies silently: no more events, while the heartbeat still asks the stream how far it reaches.
    await (Reflect.get(feed, 'messages') as ConsumerMessages).close();
    expect(feed.state()).toEqual({ current: true });
    expect((await asUser(cut.api)).status).toBe(200);

    expect((await healthy.api.as(chief, 'DELETE', rightPath)).status).toBe(204);
    await pollUntil(() => feed.state().current === false, { what: 'the cut copy knows it is behind', timeoutMs: 5_000, intervalMs: 5 });
    expect(feed.state()).toEqual({ current: false, reason: 'behind' });
    const before = await decisions(cut.api);
    const refused = await asUser(cut.api);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      type: 'urn:problem-type:chaman:missingTechnicalChannelsRight',
      detail: expect.stringContaining(chief.name!),
    });
    expect((await decisions(cut.api))['owner:behind']).toBe((before['owner:behind'] ?? 0) + 1);

    // The owner answers allowances too while the copy is behind: a grant is honoured at once.
    expect((await healthy.api.as(chief, 'PUT', rightPath)).status).toBe(200);
    expect((await asUser(cut.api)).status).toBe(200);
    expect((await decisions(cut.api))['owner:behind']).toBe((before['owner:behind'] ?? 0) + 2);
  });

  it('goes silent without heartbeats and fails closed to the access-service', async () => {
    const feed = replicas[0].app.get(RightsFeed);
    clearInterval(Reflect.get(feed, 'heartbeat') as NodeJS.Timeout);
    await pollUntil(() => feed.state().current === false, { what: 'the copy goes silent', timeoutMs: 5_000, intervalMs: 10 });
    expect(feed.state()).toEqual({ current: false, reason: 'silent' });
    const before = await decisions(replicas[0].api);
    expect((await asUser(replicas[0].api)).status).toBe(200);
    expect((await decisions(replicas[0].api))['owner:silent']).toBe((before['owner:silent'] ?? 0) + 1);
  });
});
