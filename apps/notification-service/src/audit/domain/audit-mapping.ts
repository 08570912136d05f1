import {
  AccessEvents,
  type CertificateChangedData,
  type ChannelClosedData,
  type ChiefHandedOverData,
  type CloudEvent,
  type ContactReplacedData,
  type DelegationEventData,
  DelegationEvents,
  type EnterpriseRegisteredData,
  type IntermediaryAccessData,
  type MemberData,
  NotificationEvents,
  type PermissionData,
  type RestAccountClosedData,
  type SenderClosedData,
  SenderEvents,
  type SftpKeyReplacedData,
  type TechnicalContactView,
  type WebhookDisabledData,
} from '@chaman/contracts';
import { type AuditFacts, type AuditMapper, type KnownFacts, kindOf } from './audit-facts';
import { genericFacts } from './generic-facts';

type Facts = Omit<AuditFacts, 'kind'>;
/** A line of the table: what one event type means, for each enterprise it touches. */
const line =
  <Data>(facts: (data: Data, event: CloudEvent, known: KnownFacts) => Facts[]): AuditMapper =>
  (event, known) =>
    facts(event.data as Data, event, known).map((fact) => ({ kind: kindOf(event.type), ...fact }));

const person = (userId: string, enterpriseNumber?: string) => ({
  userId,
  ...(enterpriseNumber ? { enterpriseNumber } : {}),
  operator: false,
});
const contactValues = (contact: TechnicalContactView) => ({
  contact: `${contact.firstName} ${contact.lastName} <${contact.email}>`,
  language: contact.language,
});

const member = (values: (data: MemberData) => Pick<Facts, 'before' | 'after'>) =>
  line<MemberData>((data) => [
    {
      enterpriseNumber: data.enterpriseNumber,
      resource: { type: 'member', id: data.userId },
      actor: person(data.actorUserId, data.enterpriseNumber),
      personUserId: data.userId,
      ...values(data),
    },
  ]);

const permission = (held: boolean) =>
  line<PermissionData>((data) => [
    {
      enterpriseNumber: data.enterpriseNumber,
      resource: { type: 'permission', id: `${data.userId}/${data.permission}` },
      actor: person(data.actorUserId, data.enterpriseNumber),
      personUserId: data.userId,
      before: { [data.permission]: held ? 'not held' : 'held' },
      after: { [data.permission]: held ? 'held' : 'not held' },
    },
  ]);

const certificate = (before: (data: CertificateChangedData) => Facts['before'], after: (data: CertificateChangedData) => Facts['after']) =>
  line<CertificateChangedData>((data, _event, known) => {
    const company = known.companyOfAccount(data.certificate.restAccountId);
    const owner = data.certificate.ownerEnterpriseNumber;
    const actor = data.actorUserId ? person(data.actorUserId, data.actorEnterpriseNumber) : { operator: false };
    const resource = { type: 'certificate', id: data.certificate.id };
    // The company holds the account; an intermediary that registered the certificate sees it in its own trail too. The
    // company sees that the intermediary's certificate changed, not its details (they are the intermediary's).
    const statusOnly = (values: Facts['before']) => (values ? { status: values.status ?? null } : undefined);
    return [...new Set([company ?? owner, owner])].map((enterpriseNumber) =>
      enterpriseNumber === owner
        ? {
            enterpriseNumber,
            resource,
            actor,
            before: before(data),
            after: after(data),
            ...(company && company !== owner ? { counterpartEnterpriseNumber: company } : {}),
          }
        : {
            enterpriseNumber,
            resource,
            actor,
            before: statusOnly(before(data)),
            after: statusOnly(after(data)),
            counterpartEnterpriseNumber: owner,
          },
    );
  });
const certificateValues = (data: CertificateChangedData) => ({
  name: data.certificate.name,
  fingerprint: data.certificate.fingerprint,
  status: data.certificate.status,
});

const intermediaryAccess = (granted: boolean) =>
  line<IntermediaryAccessData>((data) =>
    [data.companyEnterpriseNumber, data.intermediaryEnterpriseNumber].map((enterpriseNumber) => ({
      enterpriseNumber,
      resource: { type: 'rest-account', id: data.restAccountId },
      actor: { operator: false },
      counterpartEnterpriseNumber:
        enterpriseNumber === data.companyEnterpriseNumber ? data.intermediaryEnterpriseNumber : data.companyEnterpriseNumber,
      after: { intermediaryAccess: granted ? 'granted' : 'withdrawn', delegation: data.delegationId },
    })),
  );

/** Both parties see a delegation's change in their trails. */
const delegation = line<DelegationEventData>((data) => {
  const { delegation: view, actor } = data;
  const fact = {
    resource: { type: 'delegation', id: view.id },
    actor: {
      ...(actor.userId ? { userId: actor.userId } : {}),
      ...(actor.enterpriseNumber ? { enterpriseNumber: actor.enterpriseNumber } : {}),
      operator: false,
    },
    ...(data.previousScopes ? { before: { scopes: data.previousScopes } } : {}),
    after: { status: view.status, scopes: view.scopes, restAccount: view.restAccountId, endsOn: view.endsOn ?? null },
    ...(data.reason ? { reason: data.reason } : {}),
  };
  return [
    { ...fact, enterpriseNumber: view.companyEnterpriseNumber, counterpartEnterpriseNumber: view.intermediaryEnterpriseNumber },
    { ...fact, enterpriseNumber: view.intermediaryEnterpriseNumber, counterpartEnterpriseNumber: view.companyEnterpriseNumber },
  ];
});

/**
 * The audit trail's one table: what each event type means in whose trail, with who, what and the values that matter.
 * A new event type is one line here; one without a line is still recorded by `genericFacts`.
 */
export const AUDIT_MAPPING: Record<string, AuditMapper> = {
  [AccessEvents.enterpriseRegistered.type]: line<EnterpriseRegisteredData>((data) => [
    {
      enterpriseNumber: data.enterpriseNumber,
      resource: { type: 'enterprise', id: data.enterpriseNumber },
      actor: { userId: data.actorUserId, operator: true },
      personUserId: data.chiefAccessManagerUserId,
      after: { name: data.name, qualities: data.qualities, chiefAccessManager: data.chiefAccessManagerUserId },
    },
  ]),
  [AccessEvents.memberAppointed.type]: member((data) => ({
    after: { position: data.position, name: data.name ?? null, email: data.email ?? null },
  })),
  [AccessEvents.memberChanged.type]: member((data) => ({
    ...(data.previousPosition
      ? { before: { position: data.previousPosition, name: data.previousName ?? null, email: data.previousEmail ?? null } }
      : {}),
    after: { position: data.position, name: data.name ?? null, email: data.email ?? null },
  })),
  [AccessEvents.memberRemoved.type]: member((data) => ({ before: { position: data.position } })),
  [AccessEvents.chiefHandedOver.type]: line<ChiefHandedOverData>((data) => [
    {
      enterpriseNumber: data.enterpriseNumber,
      resource: { type: 'member', id: data.userId },
      actor: {
        userId: data.actorUserId,
        ...(data.byOperator ? {} : { enterpriseNumber: data.enterpriseNumber }),
        operator: data.byOperator,
      },
      personUserId: data.userId,
      before: { chiefAccessManager: data.previousUserId },
      after: { chiefAccessManager: data.userId, name: data.name ?? null },
    },
  ]),
  [AccessEvents.permissionGranted.type]: permission(true),
  [AccessEvents.permissionRevoked.type]: permission(false),
  [SenderEvents.senderCreated.type]: line<{ sender: ContactReplacedData['sender']; actorUserId: string }>(({ sender, actorUserId }) => [
    {
      enterpriseNumber: sender.enterpriseNumber,
      resource: { type: 'sender', id: sender.senderNumber },
      actor: person(actorUserId, sender.enterpriseNumber),
      after: { quality: sender.quality, ...contactValues(sender.contact) },
    },
  ]),
  [SenderEvents.contactReplaced.type]: line<ContactReplacedData>(({ sender, previousContact, actorUserId }) => [
    {
      enterpriseNumber: sender.enterpriseNumber,
      resource: { type: 'sender', id: sender.senderNumber },
      actor: person(actorUserId, sender.enterpriseNumber),
      before: contactValues(previousContact),
      after: contactValues(sender.contact),
    },
  ]),
  [SenderEvents.channelAdded.type]: line<{
    channel: { id: string; enterpriseNumber: string; senderNumber: string; type: string; sshKeyFingerprint?: string };
    actorUserId: string;
  }>(({ channel, actorUserId }) => [
    {
      enterpriseNumber: channel.enterpriseNumber,
      resource: { type: 'channel', id: channel.id },
      actor: person(actorUserId, channel.enterpriseNumber),
      after: { sender: channel.senderNumber, type: channel.type, sshKeyFingerprint: channel.sshKeyFingerprint ?? null },
    },
  ]),
  [SenderEvents.restAccountCreated.type]: line<{
    restAccount: { id: string; enterpriseNumber: string; senderNumber: string; name: string; environment: string; scopes: string[] };
    actorUserId: string;
  }>(({ restAccount, actorUserId }) => [
    {
      enterpriseNumber: restAccount.enterpriseNumber,
      resource: { type: 'rest-account', id: restAccount.id },
      actor: person(actorUserId, restAccount.enterpriseNumber),
      after: { sender: restAccount.senderNumber, name: restAccount.name, environment: restAccount.environment, scopes: restAccount.scopes },
    },
  ]),
  [SenderEvents.certificateRegistered.type]: certificate(() => undefined, certificateValues),
  [SenderEvents.certificateRemoved.type]: certificate(certificateValues, () => undefined),
  [SenderEvents.certificateDeactivated.type]: certificate(
    () => ({ status: 'ACTIVE' }),
    (data) => ({ ...certificateValues(data), delegation: data.delegationId ?? null }),
  ),
  [SenderEvents.restAccountClosed.type]: line<RestAccountClosedData>(
    ({ restAccount, actorUserId, actorEnterpriseNumber, intermediaryEnterpriseNumbers, closedWithSender }) =>
      [restAccount.enterpriseNumber, ...intermediaryEnterpriseNumbers].map((enterpriseNumber) => ({
        enterpriseNumber,
        resource: { type: 'rest-account', id: restAccount.id },
        actor: person(actorUserId, actorEnterpriseNumber),
        ...(enterpriseNumber === restAccount.enterpriseNumber ? {} : { counterpartEnterpriseNumber: restAccount.enterpriseNumber }),
        before: { status: 'OPEN' },
        after: {
          status: 'CLOSED',
          name: restAccount.name,
          // Which of its senders, in the holder's own trail; an intermediary knows the account by its name.
          ...(enterpriseNumber === restAccount.enterpriseNumber ? { sender: restAccount.senderNumber } : {}),
          ...(closedWithSender ? { closedWith: 'sender' } : {}),
        },
      })),
  ),
  [SenderEvents.channelClosed.type]: line<ChannelClosedData>(({ channel, actorUserId, actorEnterpriseNumber, closedWithSender }) => [
    {
      enterpriseNumber: channel.enterpriseNumber,
      resource: { type: 'channel', id: channel.id },
      actor: person(actorUserId, actorEnterpriseNumber),
      before: { status: 'OPEN' },
      after: { status: 'CLOSED', type: channel.type, sender: channel.senderNumber, ...(closedWithSender ? { closedWith: 'sender' } : {}) },
    },
  ]),
  [SenderEvents.sftpKeyReplaced.type]: line<SftpKeyReplacedData>(
    ({ channel, previousSshKeyFingerprint, actorUserId, actorEnterpriseNumber }) => [
      {
        enterpriseNumber: channel.enterpriseNumber,
        resource: { type: 'channel', id: channel.id },
        actor: person(actorUserId, actorEnterpriseNumber),
        before: { sshKeyFingerprint: previousSshKeyFingerprint },
        after: { sshKeyFingerprint: channel.sshKeyFingerprint ?? null, sender: channel.senderNumber },
      },
    ],
  ),
  [SenderEvents.senderClosed.type]: line<SenderClosedData>(
    ({ sender, actorUserId, actorEnterpriseNumber, closedRestAccountIds, closedChannelIds }) => [
      {
        enterpriseNumber: sender.enterpriseNumber,
        resource: { type: 'sender', id: sender.senderNumber },
        actor: person(actorUserId, actorEnterpriseNumber),
        before: { status: 'OPEN' },
        after: { status: 'CLOSED', quality: sender.quality, restAccounts: closedRestAccountIds, channels: closedChannelIds },
      },
    ],
  ),
  [SenderEvents.intermediaryAccessGranted.type]: intermediaryAccess(true),
  [SenderEvents.intermediaryAccessWithdrawn.type]: intermediaryAccess(false),
  [DelegationEvents.requested.type]: delegation,
  [DelegationEvents.accepted.type]: delegation,
  [DelegationEvents.refused.type]: delegation,
  [DelegationEvents.relaunched.type]: delegation,
  [DelegationEvents.cancelled.type]: delegation,
  [DelegationEvents.expired.type]: delegation,
  [DelegationEvents.revoked.type]: delegation,
  [DelegationEvents.renounced.type]: delegation,
  [DelegationEvents.scopesChanged.type]: delegation,
  [DelegationEvents.accountClosed.type]: delegation,
  [DelegationEvents.endDateChanged.type]: delegation,
  [DelegationEvents.ended.type]: delegation,
  [NotificationEvents.webhookDisabled.type]: line<WebhookDisabledData>((data) => [
    {
      enterpriseNumber: data.enterpriseNumber,
      resource: { type: 'webhook', id: data.webhookId },
      actor: { operator: false },
      before: { status: 'ACTIVE' },
      after: { status: 'DISABLED', url: data.url, failingSince: data.failingSince },
    },
  ]),
};

/** The entries an event makes, one per enterprise it touches; one its line cannot read is still recorded, generically. */
export function auditFactsOf(event: CloudEvent, known: KnownFacts): AuditFacts[] {
  const mapper = AUDIT_MAPPING[event.type];
  if (!mapper) return genericFacts(event);
  try {
    return mapper(event, known);
  } catch {
    return genericFacts(event);
  }
}
