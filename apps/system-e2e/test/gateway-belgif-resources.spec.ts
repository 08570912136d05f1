import { Quality } from '@chaman/contracts';
import { type RunningSystem, startSystem } from '../src';
import { delegationsOf, expectStatus, restAccountOf, SCOPES } from './delegation/delegation-fixtures';
import { CONTACT, type RegisteredEnterprise, registerEnterprise } from './sender/sender-fixtures';

/** The Belgif resource rules on the API: Location, ETag/If-Match, {items with href, pageSize, self, next}, BelGov-Trace-Id. */
describe('Belgif resources through the gateway', () => {
  let system: RunningSystem;
  let company: RegisteredEnterprise;
  let senderPath: string;

  const senders = () => `/api/v1/enterprises/${company.cbe}/senders`;
  const as = (method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) =>
    system.api.as(company.chief, method, path, options);

  beforeAll(async () => {
    system = await startSystem({ services: ['access', 'sender', 'delegation'] });
    company = await registerEnterprise(system, 2101, [Quality.EMPLOYER, Quality.CPAS]);
  });
  afterAll(() => system?.stop());

  it('answers a 201 with the Location of the new resource, which a GET finds', async () => {
    const created = await as('POST', senders(), { body: { quality: Quality.EMPLOYER, contact: CONTACT } });
    expect(created.status).toBe(201);
    senderPath = `${senders()}/${created.body.senderNumber}`;
    expect(created.headers.get('location')).toBe(senderPath);
    expect((await as('GET', created.headers.get('location')!)).status).toBe(200);
  });

  it('tags the sender, honours If-Match on the contact, and refuses a stale tag with 412 preconditionFailed', async () => {
    const read = await as('GET', senderPath);
    const tag = read.headers.get('etag');
    expect(tag).toMatch(/^"[^"]+"$/);

    const replaced = await as('PUT', `${senderPath}/contact`, { body: { ...CONTACT, firstName: 'Bea' }, headers: { 'if-match': tag! } });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('etag')).not.toBe(tag);

    const stale = await as('PUT', `${senderPath}/contact`, { body: { ...CONTACT, firstName: 'Cas' }, headers: { 'if-match': tag! } });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe('urn:problem-type:belgif:preconditionFailed');
    expect((await as('GET', senderPath)).body.contact.firstName).toBe('Bea');

    const untagged = await as('PUT', `${senderPath}/contact`, { body: { ...CONTACT, firstName: 'Dirk' } });
    expect(untagged.status).toBe(200);
  });

  it('answers collections as {items with href, pageSize, self, next} and takes pageSize as the Belgif name of limit', async () => {
    await as('POST', senders(), { body: { quality: Quality.CPAS, contact: CONTACT } });
    const first = await as('GET', `${senders()}?pageSize=1`);
    expect(first.status).toBe(200);
    const employer = expect.objectContaining({ quality: Quality.EMPLOYER, href: senderPath });
    expect(first.body).toEqual({ items: [employer], pageSize: 1, self: `${senders()}?pageSize=1`, next: expect.any(String) });
    const second = await as('GET', first.body.next);
    expect(second.body).toEqual({ items: [expect.objectContaining({ quality: Quality.CPAS })], pageSize: 1, self: first.body.next });
    expect((await as('GET', second.body.items[0].href)).body.quality).toBe(Quality.CPAS);
    expect((await as('GET', senders())).body.pageSize).toBe(20);
  });

  it('tags a delegation, honours If-Match on its scopes, and refuses a stale tag with 412 preconditionFailed', async () => {
    const intermediary = await registerEnterprise(system, 2102, [Quality.TECHNICAL_INTERMEDIARY]);
    const [asCompany, asIntermediary] = [company, intermediary].map((party) => delegationsOf(system, party));
    const requested = await asCompany.request({
      companyEnterpriseNumber: company.cbe,
      companyQuality: Quality.CPAS,
      intermediaryEnterpriseNumber: intermediary.cbe,
      restAccountId: await restAccountOf(system, company, Quality.CPAS, 'payroll'),
    });
    expectStatus(requested, 201);
    const id = requested.body.id;
    expectStatus(await asIntermediary.act(id, 'accept'), 200);
    const delegation = `/api/v1/enterprises/${company.cbe}/delegations/${id}`;

    const read = await as('GET', delegation);
    const tag = read.headers.get('etag');
    expect(tag).toMatch(/^"[^"]+"$/);

    const changed = await as('PATCH', delegation, { body: { scopes: [SCOPES[0]] }, headers: { 'if-match': tag! } });
    expectStatus(changed, 200);
    expect(changed.body.scopes).toEqual([SCOPES[0]]);
    const current = changed.headers.get('etag');
    expect(current).toMatch(/^"[^"]+"$/);
    expect(current).not.toBe(tag);

    const stale = await as('PATCH', delegation, { body: { scopes: [SCOPES[1]] }, headers: { 'if-match': tag! } });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe('urn:problem-type:belgif:preconditionFailed');
    const unchanged = await as('GET', delegation);
    expect(unchanged.body.scopes).toEqual([SCOPES[0]]);
    expect(unchanged.headers.get('etag')).toBe(current);

    const untagged = await as('PATCH', delegation, { body: { scopes: [SCOPES[2]] } });
    expectStatus(untagged, 200);
    expect(untagged.body.scopes).toEqual([SCOPES[2]]);
  });

  it("answers every response with a BelGov-Trace-Id of its own, and the caller's as BelGov-Related-Trace-Id", async () => {
    const traced = await as('GET', senderPath, { headers: { 'BelGov-Trace-Id': 'trace-belgif-1' } });
    expect(traced.headers.get('belgov-trace-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(traced.headers.get('belgov-related-trace-id')).toBe('trace-belgif-1');
    const problem = await system.api.request('GET', '/api/v1/me');
    expect(problem.status).toBe(401);
    expect(problem.headers.get('belgov-trace-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(problem.headers.get('belgov-trace-id')).not.toBe(traced.headers.get('belgov-trace-id'));
    expect(problem.headers.get('belgov-related-trace-id')).toBeNull();
  });
});
