import { type AuditEntryView, BOM, Position, Quality, TECHNICAL_CHANNELS_PERMISSION } from '@chaman/contracts';
import { type Person, type RunningSystem, startSystem } from '../../src';
import { pollUntil } from '../../src/processes';
import {
  actOnDelegation,
  API,
  createRestAccount,
  createSender,
  expectStatus,
  type Party,
  registerParty,
  requestDelegation,
} from '../notification/notification-fixtures';

/**
 * The audit trail on the real bus and database: a change in each producing service appears in the trail of the
 * enterprise it touches with who, when and what; a delegation in both parties' trails; never in a third's; filters,
 * pages and the CSV export; only access managers read it.
 */
describe('audit trail', () => {
  let system: RunningSystem;
  let company: Party;
  let intermediary: Party;
  let stranger: Party;
  let delegationId: string;
  const marc: Person = { sub: `marc-${Date.now()}`, name: 'Marc Dupont', email: 'marc@cpas.example' };
  const paul: Person = { sub: `paul-${Date.now()}`, name: 'Paul Plain', email: 'paul@cpas.example' };
  const trail = async (party: Party, query = '', who: Person = party.chief) =>
    expectStatus(await system.api.as(who, 'GET', `${API}/enterprises/${party.cbe}/audit${query}`), 200).body as {
      items: AuditEntryView[];
      next?: string;
    };
  /** The trail holds the kinds (the consumers apply events a moment after the commands answer). */
  const trailWith = (party: Party, kinds: string[]) =>
    pollUntil(
      async () => {
        const { items } = await trail(party, '?limit=100');
        return kinds.every((kind) => items.some((entry) => entry.kind === kind)) && items;
      },
      { what: `${kinds.join(', ')} in the trail of ${party.name}`, timeoutMs: 30_000, intervalMs: 200 },
    );

  beforeAll(async () => {
    system = await startSystem();
    company = await registerParty(system, 'CPAS Audit', [Quality.CPAS]);
    intermediary = await registerParty(system, 'Audit Intermediary', [Quality.TECHNICAL_INTERMEDIARY]);
    stranger = await registerParty(system, 'Stranger', [Quality.CPAS]);
    const members = `${API}/enterprises/${company.cbe}/members`;
    expectStatus(
      await system.api.as(company.chief, 'PUT', `${members}/${marc.sub}`, {
        body: { position: Position.USER, name: marc.name, email: marc.email },
      }),
      201,
    );
    expectStatus(
      await system.api.as(company.chief, 'PUT', `${members}/${paul.sub}`, {
        body: { position: Position.USER, name: paul.name, email: paul.email },
      }),
      201,
    );
    expectStatus(await system.api.as(company.chief, 'PUT', `${members}/${marc.sub}/permissions/${TECHNICAL_CHANNELS_PERMISSION}`), 200);
    expectStatus(
      await system.api.as(company.chief, 'PUT', `${members}/${marc.sub}`, {
        body: { position: Position.ACCESS_MANAGER, name: marc.name, email: marc.email },
      }),
      200,
    );
    await createSender(system, company, Quality.CPAS, { firstName: 'Lise', lastName: 'Noël', email: 'lise@cpas.example', language: 'fr' });
    const account = await createRestAccount(system, company, 'audit account');
    delegationId = await requestDelegation(system, company, company, intermediary, account);
    await actOnDelegation(system, intermediary, delegationId, 'accept');
    expectStatus(
      await system.api.as(company.chief, 'POST', `${API}/enterprises/${company.cbe}/webhooks`, {
        body: { url: 'http://127.0.0.1:9/audit' },
      }),
      201,
    );
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("records each service's changes with who, when, what and the values before and after", async () => {
    const started = Date.now() - 120_000;
    const items = await trailWith(company, [
      'access.member-appointed',
      'access.permission-granted',
      'access.member-changed',
      'sender.sender-created',
      'sender.rest-account-created',
      'delegation.requested',
      'delegation.accepted',
      'notification.webhook-registered',
    ]);
    expect(items.find((entry) => entry.kind === 'notification.webhook-registered')).toMatchObject({
      actor: { userId: company.chief.sub, operator: false },
      after: { url: 'http://127.0.0.1:9/audit' },
    });
    const granted = items.find((entry) => entry.kind === 'access.permission-granted')!;
    expect(granted).toMatchObject({
      actor: { userId: company.chief.sub, name: company.chief.name, enterpriseNumber: company.cbe, operator: false },
      personUserId: marc.sub,
      after: { [TECHNICAL_CHANNELS_PERMISSION]: 'held' },
    });
    expect(new Date(granted.at).getTime()).toBeGreaterThan(started);
    expect(items.find((entry) => entry.kind === 'access.member-changed')).toMatchObject({
      personUserId: marc.sub,
      before: { position: Position.USER },
      after: { position: Position.ACCESS_MANAGER },
    });
    expect(items.find((entry) => entry.kind === 'access.enterprise-registered')).toMatchObject({ actor: { operator: true } });
    const accepted = items.find((entry) => entry.kind === 'delegation.accepted')!;
    expect(accepted).toMatchObject({
      resource: { type: 'delegation', id: delegationId },
      actor: { enterpriseNumber: intermediary.cbe },
      counterpartEnterpriseNumber: intermediary.cbe,
      after: { status: 'ACCEPTED' },
    });
    // Newest first.
    expect(items.map((entry) => entry.at)).toEqual([...items.map((entry) => entry.at)].sort().reverse());
  });

  it("puts a delegation in both parties' trails and the company's own changes in no other", async () => {
    const items = await trailWith(intermediary, ['delegation.requested', 'delegation.accepted']);
    expect(items.find((entry) => entry.kind === 'delegation.accepted')).toMatchObject({
      resource: { id: delegationId },
      counterpartEnterpriseNumber: company.cbe,
    });
    expect(
      items.filter(
        (entry) =>
          entry.kind.startsWith('access.') && entry.kind !== 'access.enterprise-registered' && entry.kind !== 'access.member-appointed',
      ),
    ).toEqual([]);
    expect(items.some((entry) => entry.personUserId === marc.sub)).toBe(false);
    const strangers = (await trail(stranger, '?limit=100')).items;
    expect(strangers.every((entry) => entry.resource.id !== delegationId && entry.personUserId !== marc.sub)).toBe(true);
  });

  it('filters by kind, area, person and period, in keyset pages', async () => {
    await trailWith(company, ['delegation.accepted', 'access.member-changed']);
    expect((await trail(company, '?kind=delegation')).items.map((entry) => entry.kind).sort()).toEqual([
      'delegation.accepted',
      'delegation.requested',
    ]);
    expect((await trail(company, '?kind=access.permission-granted')).items).toHaveLength(1);
    const aboutMarc = (await trail(company, `?person=${marc.sub}`)).items;
    expect(aboutMarc.map((entry) => entry.kind).sort()).toEqual([
      'access.member-appointed',
      'access.member-changed',
      'access.permission-granted',
    ]);
    expect((await trail(company, '?to=2000-01-01')).items).toEqual([]);
    expect((await trail(company, `?from=${new Date(Date.now() + 60_000).toISOString()}`)).items).toEqual([]);
    const first = await trail(company, '?limit=2');
    expect(first.items).toHaveLength(2);
    const second = expectStatus(await system.api.as(company.chief, 'GET', first.next!), 200).body as { items: AuditEntryView[] };
    expect(second.items[0].id).not.toBe(first.items[1].id);
    expect(new Date(second.items[0].at).getTime()).toBeLessThanOrEqual(new Date(first.items[1].at).getTime());
    const bad = await system.api.as(company.chief, 'GET', `${API}/enterprises/${company.cbe}/audit?from=yesterday&kind=DROP`);
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((issue: { name: string }) => issue.name).sort()).toEqual(['from', 'kind']);
  });

  it('exports the filtered trail as CSV, as audit.csv and for Accept: text/csv', async () => {
    await trailWith(company, ['delegation.accepted']);
    const csv = expectStatus(await system.api.as(company.chief, 'GET', `${API}/enterprises/${company.cbe}/audit.csv?kind=delegation`), 200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain(`audit-${company.cbe}.csv`);
    // fetch's text() drops the byte order mark: the raw bytes show it is there.
    const raw = await fetch(`${system.api.baseUrl}${API}/enterprises/${company.cbe}/audit.csv`, {
      headers: { authorization: `Bearer ${await system.api.tokenFor(company.chief)}` },
    });
    expect(Buffer.from(await raw.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from(BOM, 'utf8'));
    const lines = (csv.body as string).split('\r\n');
    expect(lines[0]).toBe(
      `"at";"kind";"actorUserId";"actorName";"actorEnterpriseNumber";"operator";"resourceType";"resourceId";"personUserId";"before";"after";"reason";"counterpartEnterpriseNumber"`,
    );
    expect(lines.filter((line) => line.includes('"delegation.'))).toHaveLength(2);
    const negotiated = expectStatus(
      await system.api.as(company.chief, 'GET', `${API}/enterprises/${company.cbe}/audit?kind=delegation`, {
        headers: { accept: 'text/csv' },
      }),
      200,
    );
    expect(negotiated.body).toBe(csv.body);
  });

  it('is for access managers alone: a plain member gets 403, another enterprise 404, and the new access manager reads it', async () => {
    const plain = await system.api.as(paul, 'GET', `${API}/enterprises/${company.cbe}/audit`);
    expect(plain.status).toBe(403);
    expect((await system.api.as(paul, 'GET', `${API}/enterprises/${company.cbe}/audit.csv`)).status).toBe(403);
    expect((await system.api.as(stranger.chief, 'GET', `${API}/enterprises/${company.cbe}/audit`)).status).toBe(404);
    expect((await system.api.as(marc, 'GET', `${API}/enterprises/${company.cbe}/audit`)).status).toBe(200);
  });
});
