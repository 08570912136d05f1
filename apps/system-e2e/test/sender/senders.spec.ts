import { GetRestAccount, type ProblemException, Quality, SenderEvents, Streams } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { EventProbe } from '@chaman/testing';
import { type RunningSystem, startSystem } from '../../src';
import { CONTACT, type RegisteredEnterprise, registerEnterprise, SSH_PUBLIC_KEY } from './sender-fixtures';

describe('senders, their contact, channels and REST accounts through the gateway', () => {
  let system: RunningSystem;
  let probe: EventProbe;
  let company: RegisteredEnterprise;
  let other: RegisteredEnterprise;
  let senderNumber: string;

  const senders = (cbe: string) => `/api/v1/enterprises/${cbe}/senders`;

  beforeAll(async () => {
    system = await startSystem({ services: ['access', 'sender'] });
    probe = await new EventProbe(system.scope.infrastructure.natsUrl, system.scope.subjectPrefix, Streams.sender).start();
    company = await registerEnterprise(system, 1001, [Quality.EMPLOYER, Quality.CPAS]);
    other = await registerEnterprise(system, 1002, [Quality.EMPLOYER]);
  });
  afterAll(async () => {
    await probe?.stop();
    await system?.stop();
  });

  it('proposes the senders to create on first connection, creates one, then stops proposing it', async () => {
    const first = await system.api.as(company.chief, 'GET', '/api/v1/me');
    expect(first.status).toBe(200);
    expect(first.body.enterprises).toEqual([
      expect.objectContaining({
        enterpriseNumber: company.cbe,
        senders: expect.arrayContaining([
          { quality: Quality.EMPLOYER, senderToCreate: true },
          { quality: Quality.CPAS, senderToCreate: true },
        ]),
        // The part it can take in delegations, from the deployment's DELEGABLE_QUALITIES (default CPAS).
        delegableQualities: [Quality.CPAS],
        actsAsIntermediary: false,
      }),
    ]);
    expect(first.body.delegableQualities).toEqual([Quality.CPAS]);

    const created = await system.api.as(company.chief, 'POST', senders(company.cbe), {
      body: { quality: Quality.EMPLOYER, contact: CONTACT },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ enterpriseNumber: company.cbe, quality: Quality.EMPLOYER, contact: CONTACT });
    expect(created.body.senderNumber).toMatch(/^[1-9]\d{5}$/);
    senderNumber = created.body.senderNumber;

    const after = await system.api.as(company.chief, 'GET', '/api/v1/me');
    expect(after.body.enterprises[0].senders).toEqual(
      expect.arrayContaining([
        { quality: Quality.EMPLOYER, senderToCreate: false, senderNumber },
        { quality: Quality.CPAS, senderToCreate: true },
      ]),
    );
    await probe.waitFor((events) =>
      events.some((event) => event.type === SenderEvents.senderCreated.type && event.subject === senderNumber),
    );
  });

  it('answers GET /me from the access-service alone once it has learned the senders from their events', async () => {
    const both = await registerEnterprise(system, 1003, [Quality.EMPLOYER, Quality.CPAS]);
    const created = await Promise.all(
      [Quality.EMPLOYER, Quality.CPAS].map((quality) =>
        system.api.as(both.chief, 'POST', senders(both.cbe), { body: { quality, contact: CONTACT } }),
      ),
    );
    const numbers = created.map((response) => response.body.senderNumber as string);
    await probe.waitFor((events) =>
      numbers.every((number) => events.some((event) => event.type === SenderEvents.senderCreated.type && event.subject === number)),
    );
    await system.stopService('sender');
    try {
      // Without the sender-service, only what the access-service learned from the events can answer.
      const expected = [
        { quality: Quality.EMPLOYER, senderToCreate: false, senderNumber: numbers[0] },
        { quality: Quality.CPAS, senderToCreate: false, senderNumber: numbers[1] },
      ];
      let me = await system.api.as(both.chief, 'GET', '/api/v1/me');
      for (const deadline = Date.now() + 10_000; !me.body.sendersKnown && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        me = await system.api.as(both.chief, 'GET', '/api/v1/me');
      }
      expect(me.body.sendersKnown).toBe(true);
      expect(me.body.enterprises[0].senders).toEqual(expect.arrayContaining(expected));
    } finally {
      await system.startService('sender');
    }
  });

  it('refuses a quality the enterprise does not hold and a second sender for the same quality', async () => {
    const notHeld = await system.api.as(company.chief, 'POST', senders(company.cbe), {
      body: { quality: Quality.SOCIAL_SECRETARIAT, contact: CONTACT },
    });
    expect(notHeld.status).toBe(409);
    expect(notHeld.body.type).toBe('urn:problem-type:chaman:qualityNotHeld');

    const twice = await system.api.as(company.chief, 'POST', senders(company.cbe), {
      body: { quality: Quality.EMPLOYER, contact: CONTACT },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:problem-type:chaman:senderAlreadyExists');
  });

  it('requires exactly one complete technical contact: one person, one e-mail address, a known language', async () => {
    const cases: Array<[object, string]> = [
      [{ ...CONTACT, email: undefined }, 'contact.email'],
      [{ ...CONTACT, email: 'ada@example.be; bob@example.be' }, 'contact.email'],
      [{ ...CONTACT, email: ['ada@example.be', 'bob@example.be'] }, 'contact.email'],
      [{ ...CONTACT, lastName: '   ' }, 'contact.lastName'],
      [{ ...CONTACT, language: 'es' }, 'contact.language'],
      [{ ...CONTACT, phone: 'call me' }, 'contact.phone'],
      [{ ...CONTACT, secondContact: { firstName: 'Bob' } }, 'contact.secondContact'],
    ];
    for (const [contact, name] of cases) {
      const response = await system.api.as(company.chief, 'POST', senders(company.cbe), { body: { quality: Quality.CPAS, contact } });
      expect({ name, status: response.status, type: response.body.type }).toEqual({
        name,
        status: 400,
        type: 'urn:problem-type:belgif:badRequest',
      });
      expect(response.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'body', name })]));
    }
    const withoutContact = await system.api.as(company.chief, 'POST', senders(company.cbe), { body: { quality: Quality.CPAS } });
    expect(withoutContact.status).toBe(400);
    expect(withoutContact.body.issues).toEqual([expect.objectContaining({ name: 'contact' })]);
    const withoutPhone = await system.api.as(company.chief, 'POST', senders(company.cbe), {
      body: { quality: Quality.CPAS, contact: { ...CONTACT, phone: undefined } },
    });
    expect(withoutPhone.status).toBe(201);
    expect(withoutPhone.body.contact).toEqual({ firstName: 'Ada', lastName: 'Peeters', email: 'ada.peeters@example.be', language: 'nl' });
  });

  it("replaces the contact as a whole: the new person and address take the old ones' place", async () => {
    const replacement = { firstName: 'Bram', lastName: 'Dubois', email: 'bram.dubois@example.be', language: 'fr' };
    const replaced = await system.api.as(company.chief, 'PUT', `${senders(company.cbe)}/${senderNumber}/contact`, { body: replacement });
    expect(replaced.status).toBe(200);
    expect(replaced.body.contact).toEqual(replacement);
    const read = await system.api.as(company.chief, 'GET', `${senders(company.cbe)}/${senderNumber}`);
    expect(read.body.contact).toEqual(replacement);
    const [event] = await probe
      .waitFor((events) => events.some((e) => e.type === SenderEvents.contactReplaced.type))
      .then((events) => events.filter((e) => e.type === SenderEvents.contactReplaced.type));
    expect(event.data).toMatchObject({ previousContact: CONTACT, sender: { contact: replacement }, actorUserId: company.chief.sub });

    const invalid = await system.api.as(company.chief, 'PUT', `${senders(company.cbe)}/${senderNumber}/contact`, {
      body: { ...replacement, email: 'not-an-address' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues).toEqual([expect.objectContaining({ in: 'body', name: 'email' })]);
  });

  it("answers another enterprise's sender like a missing one, and a malformed number with a path issue", async () => {
    const foreign = await system.api.as(other.chief, 'GET', `${senders(other.cbe)}/${senderNumber}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.type).toBe('urn:problem-type:belgif:resourceNotFound');
    const notMember = await system.api.as(other.chief, 'GET', `${senders(company.cbe)}/${senderNumber}`);
    expect([403, 404]).toContain(notMember.status); // the access-service's refusal, whatever it reveals
    const malformed = await system.api.as(company.chief, 'GET', `${senders(company.cbe)}/012345`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues).toEqual([expect.objectContaining({ in: 'path', name: 'senderNumber' })]);
  });

  it('lists the senders with keyset pagination', async () => {
    const first = await system.api.as(company.chief, 'GET', `${senders(company.cbe)}?limit=1`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.next).toMatch(/cursor=/);
    const second = await system.api.as(company.chief, 'GET', first.body.next);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.next).toBeUndefined();
    expect([first.body.items[0].quality, second.body.items[0].quality]).toEqual([Quality.EMPLOYER, Quality.CPAS]);
    const badCursor = await system.api.as(company.chief, 'GET', `${senders(company.cbe)}?cursor=nonsense`);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.issues).toEqual([expect.objectContaining({ in: 'query', name: 'cursor' })]);
  });

  it('opens one channel of each kind; SFTP needs a real SSH public key; a second channel of a kind conflicts', async () => {
    const channels = `${senders(company.cbe)}/${senderNumber}/channels`;
    for (const body of [{ type: 'FTP' }, { type: 'SFTP', sshPublicKey: SSH_PUBLIC_KEY }, { type: 'SOAP' }, { type: 'REST' }]) {
      const response = await system.api.as(company.chief, 'POST', channels, { body });
      expect({ type: body.type, status: response.status }).toEqual({ type: body.type, status: 201 });
    }
    const listed = await system.api.as(company.chief, 'GET', channels);
    expect(listed.body.items.map((channel: { type: string }) => channel.type)).toEqual(['FTP', 'SFTP', 'SOAP', 'REST']);
    expect(listed.body.items[1]).toMatchObject({
      sshPublicKey: SSH_PUBLIC_KEY,
      sshKeyFingerprint: 'SHA256:oM7r8+iPOg6Ol/oX1rHjR1SJOKNs3Tkb6G7jgk3VNlc',
    });

    const again = await system.api.as(company.chief, 'POST', channels, { body: { type: 'FTP' } });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:problem-type:chaman:channelAlreadyExists');

    const cpasSender = (await system.api.as(company.chief, 'GET', senders(company.cbe))).body.items[1].senderNumber;
    const cpasChannels = `${senders(company.cbe)}/${cpasSender}/channels`;
    for (const body of [
      { type: 'SFTP' },
      { type: 'SFTP', sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN4LAtvhsPdW9bb' },
      { type: 'FTP', sshPublicKey: SSH_PUBLIC_KEY },
    ]) {
      const refused = await system.api.as(company.chief, 'POST', cpasChannels, { body });
      expect(refused.status).toBe(400);
      expect(refused.body.issues).toEqual([expect.objectContaining({ in: 'body', name: 'sshPublicKey' })]);
    }
    expect((await system.api.as(company.chief, 'GET', cpasChannels)).body.items).toEqual([]);
  });

  it('creates REST accounts with a generated unique client id, replaying an Idempotency-Key', async () => {
    const accounts = `${senders(company.cbe)}/${senderNumber}/rest-accounts`;
    const body = { name: 'Payroll API', environment: 'ACCEPTANCE', scopes: ['dmfa:declaration:write', 'dimona'] };
    const created = await system.api.as(company.chief, 'POST', accounts, { body, headers: { 'idempotency-key': 'account-1' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, senderNumber, enterpriseNumber: company.cbe, quality: Quality.EMPLOYER });
    expect(created.body.clientId).toMatch(new RegExp(`^chaman-acc-${senderNumber}-[0-9a-f]{32}$`));
    const replayed = await system.api.as(company.chief, 'POST', accounts, { body, headers: { 'idempotency-key': 'account-1' } });
    expect(replayed.body.id).toBe(created.body.id);
    const second = await system.api.as(company.chief, 'POST', accounts, { body: { ...body, environment: 'PRODUCTION' } });
    expect(second.status).toBe(201);
    expect(second.body.clientId).not.toBe(created.body.clientId);

    const read = await system.api.as(company.chief, 'GET', `${accounts}/${created.body.id}`);
    expect(read.body).toEqual(created.body);
    const bus = new BusClient({
      natsUrl: system.scope.infrastructure.natsUrl,
      subjectPrefix: system.scope.subjectPrefix,
      name: 'sender-e2e',
    });
    await bus.connect();
    try {
      expect(await bus.send(GetRestAccount, { restAccountId: created.body.id })).toEqual(created.body);
      const missing = await bus
        .send(GetRestAccount, { restAccountId: '00000000-0000-4000-8000-000000000000' })
        .catch((error: ProblemException) => error.problem);
      expect(missing).toMatchObject({ code: 'resourceNotFound' });
    } finally {
      await bus.close();
    }
    expect((await system.api.as(company.chief, 'GET', accounts)).body.items.map((account: { id: string }) => account.id)).toEqual([
      created.body.id,
      second.body.id,
    ]);

    const invalid = await system.api.as(company.chief, 'POST', accounts, {
      body: { name: '', environment: 'STAGING', scopes: ['no spaces allowed'] },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues.map((issue: { name: string }) => issue.name).sort()).toEqual(['environment', 'name', 'scopes']);
    const foreign = await system.api.as(
      other.chief,
      'GET',
      `/api/v1/enterprises/${other.cbe}/senders/${senderNumber}/rest-accounts/${created.body.id}`,
    );
    expect(foreign.status).toBe(404);
  });

  it('gives ten concurrent creations for different enterprises ten distinct numbers', async () => {
    const enterprises = await Promise.all(
      Array.from({ length: 10 }, (_, index) => registerEnterprise(system, 2000 + index, [Quality.EMPLOYER])),
    );
    const responses = await Promise.all(
      enterprises.map((enterprise) =>
        system.api.as(enterprise.chief, 'POST', senders(enterprise.cbe), { body: { quality: Quality.EMPLOYER, contact: CONTACT } }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
    expect(new Set(responses.map((response) => response.body.senderNumber)).size).toBe(10);
  });

  it('gives two concurrent creations for the same enterprise and quality one sender and one 409', async () => {
    const twin = await registerEnterprise(system, 3000, [Quality.CPAS]);
    const responses = await Promise.all(
      [1, 2].map(() => system.api.as(twin.chief, 'POST', senders(twin.cbe), { body: { quality: Quality.CPAS, contact: CONTACT } })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(responses.find((response) => response.status === 409)!.body.type).toBe('urn:problem-type:chaman:senderAlreadyExists');
    expect((await system.api.as(twin.chief, 'GET', senders(twin.cbe))).body.items).toHaveLength(1);
  });
});
