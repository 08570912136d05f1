import { AccessEvents, Position, Quality, WebhookStatus } from '@chaman/contracts';
import { MAX_WEBHOOKS_PER_ENTERPRISE, NotificationRetentionUseCase, WEBHOOK_RETRY_DELAYS_MS } from '@chaman/notification-service';
import { type MailCatcher, type ManualClock, WebhookReceiver } from '@chaman/testing';
import { Webhook } from 'standardwebhooks';
import type { RunningSystem } from '../../src';
import {
  API,
  createRestAccount,
  createSender,
  expectStatus,
  type Party,
  registerParty,
  requestDelegation,
  startMailingSystem,
} from './notification-fixtures';

/**
 * Webhooks against a real HTTP receiver on loopback: signed deliveries that verify with the Standard Webhooks library,
 * retries on the schedule (moved by the test clock), a slow endpoint delaying nobody, and an endpoint disabled after
 * a day of failures, its owner told, receiving nothing more.
 */
describe('webhooks', () => {
  let system: RunningSystem;
  let catcher: MailCatcher;
  let clock: ManualClock;
  let receiver: WebhookReceiver;
  let company: Party;
  let intermediary: Party;
  const hooks: Record<string, { id: string; secret: string }> = {};
  const register = async (path: string, events?: string[]) => {
    const created = expectStatus(
      await system.api.as(intermediary.chief, 'POST', `${API}/enterprises/${intermediary.cbe}/webhooks`, {
        body: { url: receiver.url(path), ...(events ? { events } : {}) },
      }),
      201,
    );
    expect(created.body.secret).toMatch(/^whsec_/);
    hooks[path] = { id: created.body.id, secret: created.body.secret };
  };
  const newRequest = async () =>
    requestDelegation(system, company, company, intermediary, await createRestAccount(system, company, `account ${Date.now()}`));
  const deliveriesOf = async (path: string) =>
    expectStatus(
      await system.api.as(intermediary.chief, 'GET', `${API}/enterprises/${intermediary.cbe}/webhooks/${hooks[path].id}/deliveries`),
      200,
    ).body.items;
  /** The dispatcher has recorded the outcome of `count` attempts of the endpoint's oldest delivery (the receiver sees them before). */
  const attemptsRecorded = async (path: string, count: number) => {
    for (let tries = 0; tries < 200; tries += 1) {
      const items = await deliveriesOf(path);
      if (items.at(-1)?.attempts.length >= count) return items.at(-1);
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error(`${path}: ${count} attempts never recorded`);
  };
  const bodiesAt = (path: string) => receiver.at(path).map((request) => JSON.parse(request.body));

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    ({ system, catcher, clock } = await startMailingSystem({ webhookTimeoutMs: 1_000 }));
    company = await registerParty(system, 'CPAS Liège', [Quality.CPAS]);
    intermediary = await registerParty(system, 'Hooks', [Quality.TECHNICAL_INTERMEDIARY]);
    await createSender(system, company, Quality.CPAS, {
      firstName: 'Lise',
      lastName: 'Noël',
      email: 'lise@cpas-liege.example',
      language: 'fr',
    });
    receiver.answer('/failing', 500);
    receiver.answer('/slow', 200, 3_000);
    await register('/ok');
    await register('/failing');
    await register('/slow');
    await register('/accepted-only', ['be.chaman.delegation.accepted.v1']);
  });

  afterAll(async () => {
    await system?.stop();
    await catcher?.stop();
    await receiver?.stop();
  });

  it('delivers the CloudEvent signed so that the Standard Webhooks verification accepts it, and a slow endpoint delays nobody', async () => {
    const started = Date.now();
    const id = await newRequest();
    await receiver.waitFor(() => bodiesAt('/ok').some((event) => event.subject === id));
    const delivery = receiver.at('/ok').find((request) => JSON.parse(request.body).subject === id)!;
    expect(delivery.at - started).toBeLessThan(2_500);
    const verified = new Webhook(hooks['/ok'].secret).verify(delivery.body, delivery.headers as Record<string, string>) as {
      type: string;
      subject: string;
    };
    expect(verified).toMatchObject({ type: 'be.chaman.delegation.requested.v1', subject: id });
    expect(delivery.headers['webhook-id']).toBe(JSON.parse(delivery.body).id);
    expect(() => new Webhook(hooks['/failing'].secret).verify(delivery.body, delivery.headers as Record<string, string>)).toThrow();
    expect(receiver.at('/accepted-only')).toEqual([]);
  });

  it('retries a failing endpoint on the schedule, logs every attempt, and disables it after a day, telling its owner', async () => {
    for (const [index, delay] of WEBHOOK_RETRY_DELAYS_MS.entries()) {
      await attemptsRecorded('/failing', index + 1);
      clock.advance(delay - 1_000);
      // Not yet due: nothing more arrives before the schedule says so.
      expect(receiver.at('/failing')).toHaveLength(index + 1);
      clock.advance(1_000);
      await receiver.waitFor(() => receiver.at('/failing').length >= index + 2);
    }
    await attemptsRecorded('/failing', WEBHOOK_RETRY_DELAYS_MS.length + 1);

    const [mail] = await catcher.waitFor(() =>
      catcher.to(intermediary.chief.email!).some((candidate) => candidate.subject.startsWith('Chaman: webhook désactivé')),
    );
    expect(mail).toBeDefined();
    const listed = expectStatus(await system.api.as(intermediary.chief, 'GET', `${API}/enterprises/${intermediary.cbe}/webhooks`), 200);
    const failing = listed.body.items.find((item: { id: string }) => item.id === hooks['/failing'].id);
    expect(failing.status).toBe(WebhookStatus.DISABLED);
    expect(listed.body.items.every((item: object) => !('secret' in item))).toBe(true);

    const [first] = await deliveriesOf('/failing');
    expect(first.status).toBe('FAILED');
    expect(first.attempts).toHaveLength(WEBHOOK_RETRY_DELAYS_MS.length + 1);
    expect(first.attempts.every((attempt: { statusCode: number }) => attempt.statusCode === 500)).toBe(true);
    const gaps = first.attempts
      .slice(1)
      .map((attempt: { at: string }, index: number) => Date.parse(attempt.at) - Date.parse(first.attempts[index].at));
    gaps.forEach((gap: number, index: number) => expect(gap).toBeGreaterThanOrEqual(WEBHOOK_RETRY_DELAYS_MS[index]));
    expect(gaps.reduce((sum: number, gap: number) => sum + gap, 0)).toBeGreaterThanOrEqual(24 * 3_600_000);
  });

  it('sends nothing more to a disabled endpoint', async () => {
    const before = receiver.at('/failing').length;
    const id = await newRequest();
    await receiver.waitFor(() => bodiesAt('/ok').some((event) => event.subject === id));
    clock.advance(3_600_000);
    const other = await newRequest();
    await receiver.waitFor(() => bodiesAt('/ok').some((event) => event.subject === other));
    expect(receiver.at('/failing')).toHaveLength(before);
  });

  it('refuses a malformed URL and unknown event types with a problem, and hides other enterprises’ endpoints', async () => {
    const refused = await system.api.as(intermediary.chief, 'POST', `${API}/enterprises/${intermediary.cbe}/webhooks`, {
      body: { url: 'ftp://example.be/x', events: ['nope'] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.issues.map((issue: { name: string }) => issue.name).sort()).toEqual(['events', 'url']);
    const foreign = await system.api.as(company.chief, 'GET', `${API}/enterprises/${company.cbe}/webhooks/${hooks['/ok'].id}/deliveries`);
    expect(foreign.status).toBe(404);
    expectStatus(
      await system.api.as(intermediary.chief, 'DELETE', `${API}/enterprises/${intermediary.cbe}/webhooks/${hooks['/ok'].id}`),
      204,
    );
  });

  it('sends access events without the people they name, and stops the webhooks of a person who loses the right', async () => {
    const owner = { sub: `hooker-${intermediary.cbe}`, name: 'Hugo Hooker', email: 'hugo.hooker@example.test' };
    const members = `${API}/enterprises/${intermediary.cbe}/members`;
    expectStatus(
      await system.api.as(intermediary.chief, 'PUT', `${members}/${owner.sub}`, {
        body: { position: Position.GROUP_MANAGER, name: owner.name, email: owner.email },
      }),
      201,
    );
    const created = expectStatus(
      await system.api.as(owner, 'POST', `${API}/enterprises/${intermediary.cbe}/webhooks`, { body: { url: receiver.url('/people') } }),
      201,
    );
    const secretPerson = { sub: `private-${intermediary.cbe}`, name: 'Paula Private', email: 'paula.private@example.test' };
    expectStatus(
      await system.api.as(intermediary.chief, 'PUT', `${members}/${secretPerson.sub}`, {
        body: { position: Position.USER, name: secretPerson.name, email: secretPerson.email },
      }),
      201,
    );
    await receiver.waitFor((requests) =>
      requests.some((request) => request.path === '/people' && JSON.parse(request.body).type === AccessEvents.memberAppointed.type),
    );
    const appointed = bodiesAt('/people').find((body) => body.type === AccessEvents.memberAppointed.type);
    expect(appointed.data).toEqual({ enterpriseNumber: intermediary.cbe });
    expect(JSON.stringify(bodiesAt('/people'))).not.toMatch(/Paula|paula\.private|private-/);

    expectStatus(await system.api.as(intermediary.chief, 'DELETE', `${members}/${owner.sub}`), 204);
    const statusOf = async () =>
      (
        expectStatus(await system.api.as(intermediary.chief, 'GET', `${API}/enterprises/${intermediary.cbe}/webhooks`), 200).body
          .items as Array<{ id: string; status: string }>
      ).find((hook) => hook.id === created.body.id)?.status;
    for (let tries = 0; tries < 100 && (await statusOf()) !== WebhookStatus.DISABLED; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await statusOf()).toBe(WebhookStatus.DISABLED);
  });

  it('keeps at most 20 webhooks per enterprise: the next one is refused with enterpriseLimitReached', async () => {
    const busy = await registerParty(system, 'Many hooks', [Quality.TECHNICAL_INTERMEDIARY]);
    const registerFor = () =>
      system.api.as(busy.chief, 'POST', `${API}/enterprises/${busy.cbe}/webhooks`, { body: { url: receiver.url('/many') } });
    for (let index = 0; index < MAX_WEBHOOKS_PER_ENTERPRISE; index += 1) expectStatus(await registerFor(), 201);
    const refused = await registerFor();
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: 'urn:problem-type:chaman:enterpriseLimitReached', limit: MAX_WEBHOOKS_PER_ENTERPRISE });
  });

  it('deletes finished deliveries (with their attempts) and sent mail once past their retention', async () => {
    const retention = system.services.get('notification')!.get(NotificationRetentionUseCase);
    expect(await retention.purge()).toEqual({ mail: 0, deliveries: 0, notices: 0 });
    expect((await deliveriesOf('/failing')).length).toBeGreaterThan(0);
    clock.advance(91 * 24 * 3_600_000);
    const purged = await retention.purge();
    expect(purged.deliveries).toBeGreaterThan(0);
    expect(purged.mail).toBeGreaterThan(0);
    expect(await deliveriesOf('/failing')).toEqual([]);
  });
});
