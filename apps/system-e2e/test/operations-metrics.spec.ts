import { Quality } from '@chaman/contracts';
import type { AddressInfo } from 'node:net';
import { pollUntil } from '../src/processes';
import { type RunningSystem, startSystem } from '../src';
import { registerEnterprise } from './sender/sender-fixtures';

/** The metrics the alerts of deploy/k8s/operations/alerts.yaml read: backlogs, consumers, parked events, queues, problems. */
describe('operations metrics', () => {
  let system: RunningSystem;

  const scrape = async (service: 'access' | 'sender' | 'notification') => {
    const { port } = system.services.get(service)!.getHttpServer().address() as AddressInfo;
    return (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  };
  const sample = (text: string, metric: string) =>
    [...text.matchAll(new RegExp(`^${metric}(\\{[^}]*\\})? (\\S+)$`, 'gm'))].map((match) => ({
      labels: match[1] ?? '',
      value: Number(match[2]),
    }));

  beforeAll(async () => {
    system = await startSystem({ services: ['access', 'sender', 'notification'] });
    await registerEnterprise(system, 2301, [Quality.EMPLOYER]);
  });
  afterAll(() => system?.stop());

  it('gives each service its outbox backlog, the state of its durable consumers and its parked events', async () => {
    // The registration's events leave the access-service's outbox once the relay has published them.
    await pollUntil(async () => sample(await scrape('access'), 'chaman_outbox_backlog')[0]?.value === 0, {
      what: 'an empty outbox',
      timeoutMs: 30_000,
      intervalMs: 100,
    });
    const access = await scrape('access');
    expect(sample(access, 'chaman_outbox_oldest_age_seconds')).toEqual([expect.objectContaining({ value: 0 })]);
    expect(sample(access, 'chaman_parked_events')).toEqual([expect.objectContaining({ value: 0 })]);

    const sender = await scrape('sender');
    const pending = sample(sender, 'chaman_consumer_pending');
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((entry) => /durable="[^"]+"/.test(entry.labels) && entry.value >= 0)).toBe(true);
    expect(sample(sender, 'chaman_consumer_redelivered').length).toBe(pending.length);
  });

  it('gives the notification-service the mail and webhook queues', async () => {
    const notification = await scrape('notification');
    for (const metric of ['chaman_queue_pending', 'chaman_queue_oldest_age_seconds']) {
      expect(
        sample(notification, metric)
          .map((entry) => /queue="(\w+)"/.exec(entry.labels)?.[1])
          .sort(),
      ).toEqual(['mail', 'webhook']);
    }
  });

  it('counts the problems the gateway answers by code, refused tokens included', async () => {
    expect((await system.api.request('GET', '/api/v1/me', { headers: { authorization: 'Bearer not-a-token' } })).status).toBe(401);
    const problems = sample(await system.api.metrics(), 'chaman_problems_total');
    expect(problems).toContainEqual({ labels: expect.stringContaining('code="invalidAccessToken"'), value: 1 });
  });
});
