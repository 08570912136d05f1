import { type AuditEntryView, Quality } from '@chaman/contracts';
import { OPERATOR, type RunningSystem, startSystem } from '../../src';
import { pollUntil } from '../../src/processes';
import {
  API,
  createRestAccount,
  createSender,
  expectStatus,
  notificationRows,
  type Party,
  registerParty,
  requestDelegation,
} from '../notification/notification-fixtures';

/** Nobody listens there: deliveries fail at once. The default test system's SMTP server is as absent (port 9). */
const DEAD_URL = 'http://127.0.0.1:9/desk';

/** The operator's desk on the real system: a failing webhook re-enabled, an unsent mail resent, each audited; operators alone. */
describe("operator's desk", () => {
  let system: RunningSystem;
  let company: Party;

  beforeAll(async () => {
    system = await startSystem();
    company = await registerParty(system, 'Desk CPAS', [Quality.CPAS]);
    const intermediary = await registerParty(system, 'Desk Intermediary', [Quality.TECHNICAL_INTERMEDIARY]);
    expectStatus(
      await system.api.as(company.chief, 'POST', `${API}/enterprises/${company.cbe}/webhooks`, { body: { url: DEAD_URL } }),
      201,
    );
    await createSender(system, company, Quality.CPAS, { firstName: 'Lise', lastName: 'Noël', email: 'lise@desk.example', language: 'fr' });
    await requestDelegation(system, company, company, intermediary, await createRestAccount(system, company, 'desk account'));
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('lists a failing webhook and re-enables it, in the trail of its enterprise as an operator action', async () => {
    const failing = await pollUntil(
      async () => {
        const { items } = expectStatus(await system.api.as(OPERATOR, 'GET', `${API}/admin/failing-webhooks?limit=100`), 200).body;
        return items.find((hook: { enterpriseNumber: string }) => hook.enterpriseNumber === company.cbe);
      },
      { what: 'the failing webhook on the desk', timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(failing).toMatchObject({ url: DEAD_URL, failingSince: expect.any(String) });
    const enabled = expectStatus(await system.api.as(OPERATOR, 'POST', `${API}/admin/failing-webhooks/${failing.id}/enable`), 200).body;
    expect(enabled).toMatchObject({ id: failing.id, status: 'ACTIVE' });
    expect(enabled.failingSince).toBeUndefined();
    const { items } = expectStatus(await system.api.as(company.chief, 'GET', `${API}/enterprises/${company.cbe}/audit?kind=operator`), 200)
      .body as { items: AuditEntryView[] };
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'operator.webhook-enabled',
        actor: expect.objectContaining({ userId: OPERATOR.sub, operator: true }),
        resource: { type: 'webhook', id: failing.id },
      }),
    ]);
  });

  it('lists an unsent mail and resends it now, recorded as an operator action', async () => {
    const mail = await pollUntil(
      async () => {
        const { items } = expectStatus(await system.api.as(OPERATOR, 'GET', `${API}/admin/unsent-mails?limit=100`), 200).body;
        return items.find((unsent: { recipientEmail: string }) => unsent.recipientEmail === 'lise@desk.example');
      },
      { what: 'the unsent mail on the desk', timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(mail).toMatchObject({ attempts: expect.any(Number), lastError: expect.any(String) });
    const resent = expectStatus(await system.api.as(OPERATOR, 'POST', `${API}/admin/unsent-mails/${mail.id}/resend`), 200).body;
    expect(new Date(resent.nextAttemptAt).getTime()).toBeLessThanOrEqual(Date.now());
    const rows = await notificationRows(
      system,
      `select actor_user_id, actor_operator from audit_entry where kind = 'operator.mail-resent' and resource_id = $1`,
      [mail.id],
    );
    expect(rows).toEqual([{ actor_user_id: OPERATOR.sub, actor_operator: true }]);
    expect((await system.api.as(OPERATOR, 'POST', `${API}/admin/unsent-mails/${crypto.randomUUID()}/resend`)).status).toBe(404);
  });

  it('finds an enterprise by number or name and shows its members and senders read-only', async () => {
    const byNumber = expectStatus(
      await system.api.as(OPERATOR, 'GET', `${API}/admin/enterprises?q=${company.cbe.slice(0, 4)}.${company.cbe.slice(4, 7)}`),
      200,
    ).body;
    expect(byNumber.items.map((enterprise: { enterpriseNumber: string }) => enterprise.enterpriseNumber)).toContain(company.cbe);
    const byName = expectStatus(
      await system.api.as(OPERATOR, 'GET', `${API}/admin/enterprises?q=${encodeURIComponent(company.name.slice(0, 8).toLowerCase())}`),
      200,
    ).body;
    expect(byName.items).toEqual(expect.arrayContaining([expect.objectContaining({ enterpriseNumber: company.cbe, name: company.name })]));
    const members = expectStatus(await system.api.as(OPERATOR, 'GET', `${API}/admin/enterprises/${company.cbe}/members`), 200).body;
    expect(members.items).toEqual([expect.objectContaining({ userId: company.chief.sub, position: 'CHIEF_ACCESS_MANAGER' })]);
    const senders = expectStatus(await system.api.as(OPERATOR, 'GET', `${API}/admin/enterprises/${company.cbe}/senders`), 200).body;
    expect(senders.items).toEqual([
      expect.objectContaining({ quality: Quality.CPAS, contact: expect.objectContaining({ email: 'lise@desk.example' }) }),
    ]);
    expect((await system.api.as(OPERATOR, 'GET', `${API}/admin/enterprises/0000000097/senders`)).status).toBe(404);
    expect((await system.api.as(OPERATOR, 'GET', `${API}/admin/enterprises?q=x`)).status).toBe(400);
    // The operator still does not act in it: the access managers' listing stays theirs.
    expect((await system.api.as(OPERATOR, 'GET', `${API}/enterprises/${company.cbe}/members`)).status).toBe(403);
  });

  it('is for platform operators alone', async () => {
    for (const path of [
      'failing-webhooks',
      'unsent-mails',
      'enterprises?q=desk',
      `enterprises/${company.cbe}/members`,
      `enterprises/${company.cbe}/senders`,
    ])
      expect((await system.api.as(company.chief, 'GET', `${API}/admin/${path}`)).status).toBe(403);
    expect((await system.api.as(company.chief, 'POST', `${API}/admin/failing-webhooks/${crypto.randomUUID()}/enable`)).status).toBe(403);
  });
});
