import {
  AccessEvents,
  type CertificateChangedData,
  type ChannelAddedData,
  type CloudEvent,
  DelegationEvents,
  type DelegationEventData,
  type IntermediaryAccessData,
  type RestAccountCreatedData,
  type SenderCreatedData,
  SenderEvents,
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
