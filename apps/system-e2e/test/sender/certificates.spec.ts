import { CertificateStatus, type CloudEvent, DelegationEvents, DelegationStatus, Quality, SenderEvents, Streams } from '@chaman/contracts';
import { EventProbe, expiredCertificate, futureCertificate, makeCertificate } from '@chaman/testing';
import { randomUUID } from 'node:crypto';
import { type RunningSystem, startSystem } from '../../src';
import {
  CONTACT,
  delegationState,
  publishDelegationEvent,
  type RegisteredEnterprise,
  registerEnterprise,
  stopAnsweringDelegationStates,
} from './sender-fixtures';

describe('certificates of REST accounts: real parsing, owners, and intermediaries by delegation events', () => {
  let system: RunningSystem;
  let probe: EventProbe;
  let company: RegisteredEnterprise;
  let intermediary: RegisteredEnterprise;
  let stranger: RegisteredEnterprise;
  let accountId: string;
  let companyPem: string;

  const certificates = (cbe: string, account = accountId) => `/api/v1/enterprises/${cbe}/rest-accounts/${account}/certificates`;
  const eventOf =
    (type: string, where: (event: CloudEvent) => boolean = () => true) =>
    (events: CloudEvent[]) =>
      events.some((event) => event.type === type && where(event));

  beforeAll(async () => {
    system = await startSystem({ services: ['access', 'sender'] });
    probe = await new EventProbe(system.scope.infrastructure.natsUrl, system.scope.subjectPrefix, Streams.sender).start();
    [company, intermediary, stranger] = await Promise.all([
      registerEnterprise(system, 5001, [Quality.CPAS]),
      registerEnterprise(system, 5002, [Quality.TECHNICAL_INTERMEDIARY]),
      registerEnterprise(system, 5003, [Quality.EMPLOYER]),
    ]);
    const senders = `/api/v1/enterprises/${company.cbe}/senders`;
    const sender = await system.api.as(company.chief, 'POST', senders, { body: { quality: Quality.CPAS, contact: CONTACT } });
    const account = await system.api.as(company.chief, 'POST', `${senders}/${sender.body.senderNumber}/rest-accounts`, {
      body: { name: 'Social aid API', environment: 'PRODUCTION', scopes: ['cpas:aid:write'] },
    });
    expect(account.status).toBe(201);
    accountId = account.body.id;
  });
  afterAll(async () => {
    await probe?.stop();
    if (system) await stopAnsweringDelegationStates(system);
    await system?.stop();
  });

  it('registers a real certificate, read for real, owned by the company', async () => {
    const made = await makeCertificate({ commonName: 'cpas.example.be' });
    companyPem = made.pem;
    const response = await system.api.as(company.chief, 'POST', certificates(company.cbe), {
      body: { name: 'Production 2025', pem: made.pem },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'Production 2025',
      restAccountId: accountId,
      fingerprint: made.fingerprint,
      subject: 'CN=cpas.example.be, O=Chaman Tests, C=BE',
      issuer: 'CN=cpas.example.be, O=Chaman Tests, C=BE',
      serialNumber: made.serialNumber,
      ownerEnterpriseNumber: company.cbe,
      status: CertificateStatus.ACTIVE,
    });
    expect(new Date(response.body.notAfter).getTime()).toBeGreaterThan(Date.now());
    const listed = await system.api.as(company.chief, 'GET', certificates(company.cbe));
    expect(listed.body.items).toEqual([{ ...response.body, href: expect.stringMatching(`/certificates/${response.body.id}$`) }]);
    await probe.waitFor(eventOf(SenderEvents.certificateRegistered.type, (event) => event.subject === accountId));
  });

  it('refuses each bad certificate with a 4xx problem and an issue on the pem, and stores nothing', async () => {
    const current = await makeCertificate();
    const cases: Array<[string, string, number, string]> = [
      ['not a certificate', 'hello, I am not a certificate', 400, 'invalidCertificate'],
      ['a private key with it', `${current.pem}${current.privateKeyPem}`, 400, 'invalidCertificate'],
      ['expired', (await expiredCertificate()).pem, 400, 'invalidCertificate'],
      ['not yet valid', (await futureCertificate()).pem, 400, 'invalidCertificate'],
      ['larger than the contract allows', `${current.pem}${' '.repeat(20_000)}`, 400, 'badRequest'],
    ];
    for (const [why, pem, status, code] of cases) {
      const response = await system.api.as(company.chief, 'POST', certificates(company.cbe), { body: { name: why, pem } });
      expect({ why, status: response.status, code: response.body.code }).toEqual({ why, status, code });
      expect(response.body.issues).toEqual([expect.objectContaining({ in: 'body', name: 'pem' })]);
    }
    const again = await system.api.as(company.chief, 'POST', certificates(company.cbe), { body: { name: 'again', pem: companyPem } });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:problem-type:chaman:duplicateCertificate');
    expect(again.body.issues).toEqual([expect.objectContaining({ in: 'body', name: 'pem' })]);

    const huge = await system.api.as(company.chief, 'POST', certificates(company.cbe), {
      body: { name: 'huge', pem: 'A'.repeat(100_000) },
    });
    expect(huge.status).toBe(413);
    expect((await system.api.as(company.chief, 'GET', certificates(company.cbe))).body.items).toHaveLength(1);
  });

  it('answers a stranger, a not-yet-delegated intermediary and an unknown account like a missing account', async () => {
    const made = await makeCertificate();
    for (const party of [stranger, intermediary]) {
      const listed = await system.api.as(party.chief, 'GET', certificates(party.cbe));
      expect(listed.status).toBe(404);
      const added = await system.api.as(party.chief, 'POST', certificates(party.cbe), { body: { name: 'sneaky', pem: made.pem } });
      expect(added.status).toBe(404);
      expect(added.body.type).toBe('urn:problem-type:belgif:resourceNotFound');
    }
    const unknown = await system.api.as(company.chief, 'GET', certificates(company.cbe, randomUUID()));
    expect(unknown.status).toBe(404);
  });

  it('lets an intermediary with an accepted delegation manage its own certificates, unseen by the company, until revoked', async () => {
    const delegation = delegationState({
      id: randomUUID(),
      status: DelegationStatus.ACCEPTED,
      companyEnterpriseNumber: company.cbe,
      intermediaryEnterpriseNumber: intermediary.cbe,
      restAccountId: accountId,
    });
    await publishDelegationEvent(system, DelegationEvents.accepted, delegation);
    await probe.waitFor(
      eventOf(
        SenderEvents.intermediaryAccessGranted.type,
        (event) => (event.data as { delegationId: string }).delegationId === delegation.id,
      ),
    );

    const made = await makeCertificate({ commonName: 'softwarehouse.example.be' });
    const added = await system.api.as(intermediary.chief, 'POST', certificates(intermediary.cbe), {
      body: { name: 'Managed for the CPAS', pem: made.pem },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      ownerEnterpriseNumber: intermediary.cbe,
      status: CertificateStatus.ACTIVE,
      fingerprint: made.fingerprint,
    });
    expect((await system.api.as(intermediary.chief, 'GET', certificates(intermediary.cbe))).body.items).toEqual([
      { ...added.body, href: expect.stringMatching(`/certificates/${added.body.id}$`) },
    ]);
    const companyView = (await system.api.as(company.chief, 'GET', certificates(company.cbe))).body.items;
    expect(companyView.map((certificate: { ownerEnterpriseNumber: string }) => certificate.ownerEnterpriseNumber)).toEqual([company.cbe]);
    const companyRemoves = await system.api.as(company.chief, 'DELETE', `${certificates(company.cbe)}/${added.body.id}`);
    expect(companyRemoves.status).toBe(404);

    const later = new Date(Date.parse(delegation.updatedAt) + 1000).toISOString();
    await publishDelegationEvent(system, DelegationEvents.revoked, { ...delegation, status: DelegationStatus.REVOKED, updatedAt: later });
    const events = await probe.waitFor(eventOf(SenderEvents.certificateDeactivated.type));
    expect(eventOf(SenderEvents.intermediaryAccessWithdrawn.type)(events)).toBe(true);
    expect(probe.ofType(SenderEvents.certificateDeactivated.type).map((event) => event.data)).toEqual([
      {
        certificate: expect.objectContaining({ id: added.body.id, status: CertificateStatus.INACTIVE }),
        delegationId: delegation.id,
      },
    ]);

    const refusedList = await system.api.as(intermediary.chief, 'GET', certificates(intermediary.cbe));
    expect(refusedList.status).toBe(404);
    const refusedAdd = await system.api.as(intermediary.chief, 'POST', certificates(intermediary.cbe), {
      body: { name: 'after', pem: (await makeCertificate()).pem },
    });
    expect(refusedAdd.status).toBe(404);
    expect((await system.api.as(company.chief, 'GET', certificates(company.cbe))).body.items).toHaveLength(1);

    // A new accepted delegation gives the account back: the old certificate is there, inactive.
    const renewed = delegationState({ ...delegation, id: randomUUID(), status: DelegationStatus.ACCEPTED });
    await publishDelegationEvent(system, DelegationEvents.accepted, renewed);
    await probe.waitFor(
      eventOf(SenderEvents.intermediaryAccessGranted.type, (event) => (event.data as { delegationId: string }).delegationId === renewed.id),
    );
    const back = await system.api.as(intermediary.chief, 'GET', certificates(intermediary.cbe));
    expect(back.body.items).toEqual([
      expect.objectContaining({ id: added.body.id, status: CertificateStatus.INACTIVE, deactivatedAt: expect.any(String) }),
    ]);
  });

  it('removes a certificate its owner holds', async () => {
    const [certificate] = (await system.api.as(company.chief, 'GET', certificates(company.cbe))).body.items;
    const removed = await system.api.as(company.chief, 'DELETE', `${certificates(company.cbe)}/${certificate.id}`);
    expect(removed.status).toBe(204);
    expect((await system.api.as(company.chief, 'GET', certificates(company.cbe))).body.items).toEqual([]);
    await probe.waitFor(
      eventOf(
        SenderEvents.certificateRemoved.type,
        (event) => (event.data as { certificate: { id: string } }).certificate.id === certificate.id,
      ),
    );
    const twice = await system.api.as(company.chief, 'DELETE', `${certificates(company.cbe)}/${certificate.id}`);
    expect(twice.status).toBe(404);
  });
});
