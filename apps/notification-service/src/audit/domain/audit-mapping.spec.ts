import {
  AccessEvents,
  type CloudEvent,
  DelegationEvents,
  type EventDefinition,
  NotificationEvents,
  Position,
  SenderEvents,
} from '@chaman/contracts';
import { AUDIT_MAPPING, auditFactsOf } from './audit-mapping';

const COMPANY = '0200065765';
const INTERMEDIARY = '0403170701';
const ACCOUNT = '0190f0a0-0000-7000-8000-000000000001';
const known = { companyOfAccount: (id: string) => (id === ACCOUNT ? COMPANY : undefined) };
const eventOf = (definition: EventDefinition<unknown> | { type: string }, data: unknown, subject = 'subject'): CloudEvent => ({
  specversion: '1.0',
  id: 'e1',
  source: 'test',
  type: definition.type,
  subject,
  time: '2026-12-01T10:00:00.000Z',
  datacontenttype: 'application/json',
  data,
});

const certificate = {
  id: '0190f0a0-0000-7000-8000-0000000000c1',
  restAccountId: ACCOUNT,
  name: 'prod',
  fingerprint: 'AB:CD',
  subject: 'CN=x',
  issuer: 'CN=x',
  serialNumber: '1',
  notBefore: '',
  notAfter: '',
  status: 'ACTIVE',
  createdAt: '',
};
const delegationView = {
  id: 'd1',
  status: 'ACCEPTED',
  companyEnterpriseNumber: COMPANY,
  intermediaryEnterpriseNumber: INTERMEDIARY,
  restAccountId: ACCOUNT,
  scopes: ['dmfa'],
};

describe('the audit mapping', () => {
  it('has one line for every event type the services publish today', () => {
    const published = [
      ...Object.values(AccessEvents),
      ...Object.values(SenderEvents),
      ...Object.values(DelegationEvents),
      ...Object.values(NotificationEvents),
    ].map((event) => event.type);
    expect(Object.keys(AUDIT_MAPPING).sort()).toEqual([...published].sort());
  });

  it('records who granted a right to whom, with the values before and after', () => {
    const [entry] = auditFactsOf(
      eventOf(AccessEvents.permissionGranted, {
        actorUserId: 'anne',
        enterpriseNumber: COMPANY,
        userId: 'marc',
        permission: 'chaman.technical-channels',
      }),
      known,
    );
    expect(entry).toEqual({
      kind: 'access.permission-granted',
      enterpriseNumber: COMPANY,
      resource: { type: 'permission', id: 'marc/chaman.technical-channels' },
      actor: { userId: 'anne', enterpriseNumber: COMPANY, operator: false },
      personUserId: 'marc',
      before: { 'chaman.technical-channels': 'not held' },
      after: { 'chaman.technical-channels': 'held' },
    });
  });

  it("keeps a member's previous position when the event carries it", () => {
    const [entry] = auditFactsOf(
      eventOf(AccessEvents.memberChanged, {
        actorUserId: 'anne',
        enterpriseNumber: COMPANY,
        userId: 'marc',
        position: Position.ACCESS_MANAGER,
        previousPosition: Position.USER,
        name: 'Marc',
      }),
      known,
    );
    expect(entry).toMatchObject({
      kind: 'access.member-changed',
      personUserId: 'marc',
      before: { position: Position.USER },
      after: { position: Position.ACCESS_MANAGER, name: 'Marc' },
    });
  });

  it('marks the registration of an enterprise as an operator action', () => {
    const [entry] = auditFactsOf(
      eventOf(AccessEvents.enterpriseRegistered, {
        actorUserId: 'op',
        enterpriseNumber: COMPANY,
        name: 'CPAS',
        qualities: ['CPAS'],
        chiefAccessManagerUserId: 'anne',
      }),
      known,
    );
    expect(entry.actor).toEqual({ userId: 'op', operator: true });
  });

  it('puts the old and new technical contact side by side', () => {
    const contact = (email: string) => ({ firstName: 'Lise', lastName: 'Noël', email, language: 'fr' });
    const sender = { senderNumber: 'S1', enterpriseNumber: COMPANY, quality: 'CPAS', contact: contact('new@x.be') };
    const [entry] = auditFactsOf(
      eventOf(SenderEvents.contactReplaced, { sender, previousContact: contact('old@x.be'), actorUserId: 'anne' }),
      known,
    );
    expect(entry).toMatchObject({
      enterpriseNumber: COMPANY,
      resource: { type: 'sender', id: 'S1' },
      before: { contact: 'Lise Noël <old@x.be>' },
      after: { contact: 'Lise Noël <new@x.be>' },
    });
  });

  it("puts a certificate an intermediary registered in its own trail with its details and in the company's with its status", () => {
    const entries = auditFactsOf(
      eventOf(SenderEvents.certificateRemoved, {
        certificate: { ...certificate, ownerEnterpriseNumber: INTERMEDIARY },
        actorUserId: 'ivo',
        actorEnterpriseNumber: INTERMEDIARY,
      }),
      known,
    );
    expect(entries.map((entry) => [entry.enterpriseNumber, entry.counterpartEnterpriseNumber])).toEqual([
      [COMPANY, INTERMEDIARY],
      [INTERMEDIARY, COMPANY],
    ]);
    expect(entries[1]).toMatchObject({
      kind: 'sender.certificate-removed',
      before: { fingerprint: 'AB:CD' },
      actor: { userId: 'ivo', enterpriseNumber: INTERMEDIARY },
    });
    // The intermediary's certificate details stay its own: the company sees that it changed.
    expect(entries[0].before).toEqual({ status: 'ACTIVE' });
    expect(entries[0].after).toBeUndefined();
  });

  it("records a delegation's change in both parties' trails, with the scopes before and after", () => {
    const entries = auditFactsOf(
      eventOf(DelegationEvents.scopesChanged, {
        delegation: delegationView,
        actor: { userId: 'anne', enterpriseNumber: COMPANY, party: 'COMPANY' },
        previousScopes: ['dimona'],
      }),
      known,
    );
    expect(entries.map((entry) => entry.enterpriseNumber)).toEqual([COMPANY, INTERMEDIARY]);
    expect(entries[1]).toMatchObject({
      kind: 'delegation.scopes-changed',
      counterpartEnterpriseNumber: COMPANY,
      before: { scopes: ['dimona'] },
      after: { scopes: ['dmfa'] },
    });
  });

  it("names the sender of a closed channel and of a closed REST account, the latter in the holder's trail only", () => {
    const channel = { id: 'c1', enterpriseNumber: COMPANY, senderNumber: '100001', type: 'FTP', createdAt: '' };
    const [closedChannel] = auditFactsOf(
      eventOf(SenderEvents.channelClosed, { channel, actorUserId: 'anne', actorEnterpriseNumber: COMPANY, closedWithSender: true }),
      known,
    );
    expect(closedChannel.after).toEqual({ status: 'CLOSED', type: 'FTP', sender: '100001', closedWith: 'sender' });
    const restAccount = { id: ACCOUNT, enterpriseNumber: COMPANY, senderNumber: '100001', name: 'Aide sociale' };
    const [holder, intermediary] = auditFactsOf(
      eventOf(SenderEvents.restAccountClosed, {
        restAccount,
        actorUserId: 'anne',
        actorEnterpriseNumber: COMPANY,
        intermediaryEnterpriseNumbers: [INTERMEDIARY],
        closedWithSender: false,
      }),
      known,
    );
    expect(holder.after).toEqual({ status: 'CLOSED', name: 'Aide sociale', sender: '100001' });
    expect(intermediary).toMatchObject({ enterpriseNumber: INTERMEDIARY, after: { status: 'CLOSED', name: 'Aide sociale' } });
    expect(intermediary.after).not.toHaveProperty('sender');
  });

  it('records an event type it has no line for with its type, subject and actor, in the trail of each enterprise it names', () => {
    const entries = auditFactsOf(
      eventOf(
        { type: 'be.chaman.sender.rest-account-closed.v1' },
        {
          restAccount: { id: ACCOUNT, enterpriseNumber: COMPANY },
          actorUserId: 'anne',
          delegations: [{ intermediaryEnterpriseNumber: INTERMEDIARY }],
        },
        ACCOUNT,
      ),
      known,
    );
    expect(entries).toEqual([
      {
        kind: 'sender.rest-account-closed',
        enterpriseNumber: COMPANY,
        resource: { type: 'sender', id: ACCOUNT },
        actor: { userId: 'anne', operator: false },
      },
    ]);
    // A known type whose data its line cannot read is recorded generically too.
    expect(auditFactsOf(eventOf(AccessEvents.memberAppointed, null, COMPANY), known)).toEqual([
      { kind: 'access.member-appointed', enterpriseNumber: null, resource: { type: 'access', id: COMPANY }, actor: { operator: false } },
    ]);
    const [nowhere] = auditFactsOf(eventOf({ type: 'something odd' }, null, 'x'), known);
    expect(nowhere).toMatchObject({ kind: 'other.unknown', enterpriseNumber: null, resource: { id: 'x' } });
  });
});
