import {
  AccessEvents,
  type CertificateChangedData,
  type ChannelAddedData,
  type CloudEvent,
  DelegationEvents,
  type DelegationEventData,
  type IntermediaryAccessData,
  type MemberData,
  type PermissionData,
  type RestAccountCreatedData,
  type SenderCreatedData,
  SenderEvents,
  TECHNICAL_CHANNELS_PERMISSION,
} from '@chaman/contracts';

const DELEGATION_TYPES = new Set(Object.values(DelegationEvents).map((event) => event.type));
const ACCESS_TYPES = new Set(Object.values(AccessEvents).map((event) => event.type));

/**
 * The enterprises an event concerns, whose webhooks receive it: both parties of a delegation, the enterprise of an
 * access or sender change, and for a certificate its owner alone (an intermediary's certificates are its own).
 */
export function enterprisesConcerned(event: CloudEvent): string[] {
  const data = event.data as Record<string, any>;
  if (DELEGATION_TYPES.has(event.type)) {
    const { delegation } = data as DelegationEventData;
    return [delegation.companyEnterpriseNumber, delegation.intermediaryEnterpriseNumber];
  }
  if (ACCESS_TYPES.has(event.type)) return [data.enterpriseNumber];
  switch (event.type) {
    case SenderEvents.senderCreated.type:
    case SenderEvents.contactReplaced.type:
      return [(data as SenderCreatedData).sender.enterpriseNumber];
    case SenderEvents.channelAdded.type:
      return [(data as ChannelAddedData).channel.enterpriseNumber];
    case SenderEvents.restAccountCreated.type:
      return [(data as RestAccountCreatedData).restAccount.enterpriseNumber];
    // Endings (the intermediaries of a closed account hear it from the delegation's own event).
    case SenderEvents.restAccountClosed.type:
      return [(data as RestAccountCreatedData).restAccount.enterpriseNumber];
    case SenderEvents.channelClosed.type:
    case SenderEvents.sftpKeyReplaced.type:
      return [(data as ChannelAddedData).channel.enterpriseNumber];
    case SenderEvents.senderClosed.type:
      return [(data as SenderCreatedData).sender.enterpriseNumber];
    case SenderEvents.certificateRegistered.type:
    case SenderEvents.certificateRemoved.type:
    case SenderEvents.certificateDeactivated.type:
      return [(data as CertificateChangedData).certificate.ownerEnterpriseNumber];
    case SenderEvents.intermediaryAccessGranted.type:
    case SenderEvents.intermediaryAccessWithdrawn.type: {
      const access = data as IntermediaryAccessData;
      return [access.companyEnterpriseNumber, access.intermediaryEnterpriseNumber];
    }
    default:
      return [];
  }
}

/** What of an access event a webhook may carry: no person (user ids, names, e-mails, positions), only what changed where. */
const ACCESS_FIELDS_FOR_WEBHOOKS = ['enterpriseNumber', 'permission', 'decidedAt', 'qualities'] as const;

/**
 * The copy of an event a webhook receives. Whoever registers a webhook holds the technical-channels right, not the
 * right to read the members list: access events reach webhooks without the people they name (who may read them asks
 * the API). Other events are the public ones, unchanged.
 */
export function webhookCopyOf(event: CloudEvent): CloudEvent {
  if (!ACCESS_TYPES.has(event.type)) return event;
  const data = event.data as Record<string, unknown>;
  return {
    ...event,
    data: Object.fromEntries(ACCESS_FIELDS_FOR_WEBHOOKS.filter((field) => field in data).map((field) => [field, data[field]])),
  };
}

/** The person an access event takes the technical-channels right from (removed, or the right revoked): their webhooks stop. */
export function webhookOwnerLosingRight(event: CloudEvent): { enterpriseNumber: string; userId: string } | null {
  if (event.type === AccessEvents.memberRemoved.type) {
    const { enterpriseNumber, userId } = event.data as MemberData;
    return { enterpriseNumber, userId };
  }
  if (event.type === AccessEvents.permissionRevoked.type) {
    const { enterpriseNumber, userId, permission } = event.data as PermissionData;
    return permission === TECHNICAL_CHANNELS_PERMISSION ? { enterpriseNumber, userId } : null;
  }
  return null;
}
