import { CertificateStatus, type CloudEvent, DelegationEvents, DelegationStatus, Quality, SenderEvents, Streams } from '@chaman/contracts';
import { EventProbe, makeCertificate } from '@chaman/testing';
import { type RunningSystem, startSystem } from '../../src';
import { makeSshPublicKey } from '../../src/browser/ssh-keys';
import { pollUntil } from '../../src/processes';
import { delegationsOf, expectStatus, restAccountOf } from '../delegation/delegation-fixtures';
import { CONTACT, type RegisteredEnterprise, registerEnterprise } from '../sender/sender-fixtures';

/** Issue #22 point 1 on the real bus and databases: closing a delegated REST account, a channel, a sender; replacing an SFTP key. */
describe('ending things: REST accounts, channels, SFTP keys and senders', () => {
  let system: RunningSystem;
  let senderEvents: EventProbe;
  let delegationEvents: EventProbe;
  let company: RegisteredEnterprise;
  let intermediary: RegisteredEnterprise;
  let stranger: RegisteredEnterprise;
  let senderNumber: string;
  let accountId: string;
  let delegationId: string;

  const senders = (cbe: string) => `/api/v1/enterprises/${cbe}/senders`;
  const certificates = (cbe: string, account = accountId) => `/api/v1/enterprises/${cbe}/rest-accounts/${account}/certificates`;
  const eventOf =
    (type: string, where: (event: CloudEvent) => boolean = () => true) =>
    (events: CloudEvent[]) =>
      events.some((event) => event.type === type && where(event));
  const dataOf = <T>(events: CloudEvent[], type: string, where: (data: T) => boolean): T =>
    events.map((event) => event.type === type && (event.data as T)).find((data): data is T => !!data && where(data))!;

  beforeAll(async () => {
    system = await startSystem();
    senderEvents = await new EventProbe(system.scope.infrastructure.natsUrl, system.scope.subjectPrefix, Streams.sender).start();
    delegationEvents = await new EventProbe(system.scope.infrastructure.natsUrl, system.scope.subjectPrefix, Streams.delegation).start();
    [company, intermediary, stranger] = await Promise.all([
      registerEnterprise(system, 7101, [Quality.CPAS]),
      registerEnterprise(system, 7102, [Quality.TECHNICAL_INTERMEDIARY]),
      registerEnterprise(system, 7103, [Quality.EMPLOYER]),
    ]);
    accountId = await restAccountOf(system, company, Quality.CPAS, 'social aid');
    senderNumber = (await system.api.as(company.chief, 'GET', senders(company.cbe))).body.items[0].senderNumber;
  }, 120_000);
  afterAll(async () => {
    await senderEvents?.stop();
    await delegationEvents?.stop();
    await system?.stop();
  });

  it('closing a delegated REST account ends its delegation for both parties and makes every certificate on it inactive', async () => {
    const asCompany = delegationsOf(system, company);
    const asIntermediary = delegationsOf(system, intermediary);
    const requested = await asIntermediary.request({
      companyEnterpriseNumber: company.cbe,
      companyQuality: Quality.CPAS,
      intermediaryEnterpriseNumber: intermediary.cbe,
      restAccountId: accountId,
    });
    expectStatus(requested, 201);
    delegationId = requested.body.id;
    expectStatus(await asCompany.act(delegationId, 'accept'), 200);
    await senderEvents.waitFor(
      eventOf(
        SenderEvents.intermediaryAccessGranted.type,
        (event) => (event.data as { delegationId: string }).delegationId === delegationId,
      ),
      30_000,
    );
    const intermediaryCertificate = await system.api.as(intermediary.chief, 'POST', certificates(intermediary.cbe), {
      body: { name: 'Managed', pem: (await makeCertificate()).pem },
    });
    expectStatus(intermediaryCertificate, 201);
    const companyCertificate = await system.api.as(company.chief, 'POST', certificates(company.cbe), {
      body: { name: 'Own', pem: (await makeCertificate()).pem },
    });
    expectStatus(companyCertificate, 201);

    const strangerCloses = await system.api.as(
      stranger.chief,
      'POST',
      `${senders(stranger.cbe)}/${senderNumber}/rest-accounts/${accountId}/close`,
    );
    expect(strangerCloses.status).toBe(404);
    const closed = await system.api.as(company.chief, 'POST', `${senders(company.cbe)}/${senderNumber}/rest-accounts/${accountId}/close`);
    expectStatus(closed, 200);
    expect(closed.body).toMatchObject({ id: accountId, closedAt: expect.any(String) });

    const events = await senderEvents.waitFor(eventOf(SenderEvents.restAccountClosed.type, (event) => event.subject === senderNumber));
    expect(
      dataOf(events, SenderEvents.restAccountClosed.type, (data: { restAccount: { id: string } }) => data.restAccount.id === accountId),
    ).toMatchObject({
      actorUserId: company.chief.sub,
      actorEnterpriseNumber: company.cbe,
      intermediaryEnterpriseNumbers: [intermediary.cbe],
      closedWithSender: false,
    });
    const deactivated = await senderEvents.waitFor(
      (all) => all.filter((event) => event.type === SenderEvents.certificateDeactivated.type && event.subject === accountId).length >= 2,
    );
    const deactivatedIds = deactivated
      .filter((event) => event.type === SenderEvents.certificateDeactivated.type)
      .map((event) => (event.data as { certificate: { id: string } }).certificate.id);
    expect(deactivatedIds).toEqual(expect.arrayContaining([intermediaryCertificate.body.id, companyCertificate.body.id]));
    const companyList = await system.api.as(company.chief, 'GET', certificates(company.cbe));
    expect(companyList.body.items).toEqual([
      expect.objectContaining({ id: companyCertificate.body.id, status: CertificateStatus.INACTIVE }),
    ]);

    // The intermediary sees the delegation end, with its own outcome, attributed to the company.
    const ended = await pollUntil(
      async () => {
        const seen = await asIntermediary.get(delegationId);
        return seen.body.status === DelegationStatus.ACCOUNT_CLOSED && seen.body;
      },
      { timeoutMs: 30_000, what: 'the delegation to end as ACCOUNT_CLOSED' },
    );
    expect(ended.history.at(-1)).toMatchObject({
      action: 'CLOSE_ACCOUNT',
      status: 'ACCOUNT_CLOSED',
      actorParty: 'COMPANY',
      actorEnterpriseNumber: company.cbe,
    });
    await delegationEvents.waitFor(eventOf(DelegationEvents.accountClosed.type, (event) => event.subject === delegationId));
    expect((await asCompany.get(delegationId)).body.status).toBe(DelegationStatus.ACCOUNT_CLOSED);
    expect((await system.api.as(intermediary.chief, 'GET', certificates(intermediary.cbe))).status).toBe(404);
  }, 120_000);

  it('keeps a closed account readable and closed: nothing is added to it, closing again answers the first closure', async () => {
    const account = `${senders(company.cbe)}/${senderNumber}/rest-accounts/${accountId}`;
    const read = await system.api.as(company.chief, 'GET', account);
    expectStatus(read, 200);
    const again = await system.api.as(company.chief, 'POST', `${account}/close`);
    expectStatus(again, 200);
    expect(again.body.closedAt).toBe(read.body.closedAt);
    const added = await system.api.as(company.chief, 'POST', certificates(company.cbe), {
      body: { name: 'Late', pem: (await makeCertificate()).pem },
    });
    expect(added.status).toBe(409);
    expect(added.body.type).toBe('urn:problem-type:chaman:resourceClosed');
    const asked = await delegationsOf(system, intermediary).request({
      companyEnterpriseNumber: company.cbe,
      companyQuality: Quality.CPAS,
      intermediaryEnterpriseNumber: intermediary.cbe,
      restAccountId: accountId,
    });
    expect(asked.status).toBeGreaterThanOrEqual(400);
    expect(asked.status).toBeLessThan(500);
  }, 60_000);

  it('replaces an SFTP key at once and refuses a bad key or a channel without one', async () => {
    const channels = `${senders(company.cbe)}/${senderNumber}/channels`;
    const opened = await system.api.as(company.chief, 'POST', channels, { body: { type: 'SFTP', sshPublicKey: makeSshPublicKey('old') } });
    expectStatus(opened, 201);
    const replaced = await system.api.as(company.chief, 'PUT', `${channels}/${opened.body.id}/ssh-public-key`, {
      body: { sshPublicKey: makeSshPublicKey('new') },
    });
    expectStatus(replaced, 200);
    expect(replaced.body.sshKeyFingerprint).not.toBe(opened.body.sshKeyFingerprint);
    const events = await senderEvents.waitFor(eventOf(SenderEvents.sftpKeyReplaced.type, (event) => event.subject === senderNumber));
    expect(dataOf(events, SenderEvents.sftpKeyReplaced.type, () => true)).toMatchObject({
      previousSshKeyFingerprint: opened.body.sshKeyFingerprint,
      actorEnterpriseNumber: company.cbe,
    });

    const bad = await system.api.as(company.chief, 'PUT', `${channels}/${opened.body.id}/ssh-public-key`, {
      body: { sshPublicKey: 'ssh-ed25519 not-a-key' },
    });
    expect(bad.status).toBe(400);
    const soap = await system.api.as(company.chief, 'POST', channels, { body: { type: 'SOAP' } });
    expectStatus(soap, 201);
    const keyless = await system.api.as(company.chief, 'PUT', `${channels}/${soap.body.id}/ssh-public-key`, {
      body: { sshPublicKey: makeSshPublicKey() },
    });
    expect(keyless.status).toBe(409);
    const strangers = await system.api.as(
      stranger.chief,
      'PUT',
      `${senders(stranger.cbe)}/${senderNumber}/channels/${opened.body.id}/ssh-public-key`,
      { body: { sshPublicKey: makeSshPublicKey() } },
    );
    expect(strangers.status).toBe(404);
  }, 60_000);

  it('closes a channel, which may then be opened again', async () => {
    const channels = `${senders(company.cbe)}/${senderNumber}/channels`;
    const soap = (await system.api.as(company.chief, 'GET', channels)).body.items.find(
      (channel: { type: string }) => channel.type === 'SOAP',
    );
    expect((await system.api.as(stranger.chief, 'DELETE', `${senders(stranger.cbe)}/${senderNumber}/channels/${soap.id}`)).status).toBe(
      404,
    );
    expect((await system.api.as(company.chief, 'DELETE', `${channels}/${soap.id}`)).status).toBe(204);
    await senderEvents.waitFor(
      eventOf(SenderEvents.channelClosed.type, (event) => (event.data as { channel: { id: string } }).channel.id === soap.id),
    );
    expect((await system.api.as(company.chief, 'GET', channels)).body.items.map((channel: { type: string }) => channel.type)).not.toContain(
      'SOAP',
    );
    expect((await system.api.as(company.chief, 'DELETE', `${channels}/${soap.id}`)).status).toBe(404);
    expectStatus(await system.api.as(company.chief, 'POST', channels, { body: { type: 'SOAP' } }), 201);
  }, 60_000);

  it('closes a sender with all it holds; its number is never given again', async () => {
    const other = await restAccountOf(system, company, Quality.CPAS, 'second');
    const sender = `${senders(company.cbe)}/${senderNumber}`;
    const openChannels = (await system.api.as(company.chief, 'GET', `${sender}/channels`)).body.items.map(
      (channel: { id: string }) => channel.id,
    );
    expect(openChannels.length).toBeGreaterThan(0);
    expect((await system.api.as(company.chief, 'GET', sender)).body.allowedActions).toEqual([
      'REPLACE_CONTACT',
      'ADD_CHANNEL',
      'CREATE_REST_ACCOUNT',
      'CLOSE',
    ]);
    const closed = await system.api.as(company.chief, 'POST', `${sender}/close`);
    expectStatus(closed, 200);
    expect(closed.body).toMatchObject({ senderNumber, closedAt: expect.any(String) });
    const events = await senderEvents.waitFor(eventOf(SenderEvents.senderClosed.type, (event) => event.subject === senderNumber));
    const data = dataOf<{ closedRestAccountIds: string[]; closedChannelIds: string[] }>(events, SenderEvents.senderClosed.type, () => true);
    expect(data.closedRestAccountIds).toEqual([other]);
    expect([...data.closedChannelIds].sort()).toEqual([...openChannels].sort());
    await senderEvents.waitFor(
      eventOf(
        SenderEvents.restAccountClosed.type,
        (event) => (event.data as { restAccount: { id: string }; closedWithSender: boolean }).restAccount.id === other,
      ),
    );
    expect((await system.api.as(company.chief, 'GET', `${sender}/channels`)).body.items).toEqual([]);
    // What the web offers on the closed sender: nothing to add, replace or close.
    expect((await system.api.as(company.chief, 'GET', sender)).body).toMatchObject({ closedAt: expect.any(String), allowedActions: [] });

    const addToClosed = await system.api.as(company.chief, 'POST', `${sender}/rest-accounts`, {
      body: { name: 'late', environment: 'PRODUCTION', scopes: [] },
    });
    expect(addToClosed.status).toBe(409);
    expect(addToClosed.body.type).toBe('urn:problem-type:chaman:resourceClosed');
    const successor = await system.api.as(company.chief, 'POST', senders(company.cbe), {
      body: { quality: Quality.CPAS, contact: CONTACT },
    });
    expectStatus(successor, 201);
    expect(successor.body.senderNumber).not.toBe(senderNumber);
    expect(Number(successor.body.senderNumber)).toBeGreaterThan(Number(senderNumber));
  }, 60_000);
});
