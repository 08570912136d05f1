import type { DelegationStatus } from '../delegation/delegation.view';
import { defineEvent } from '../events/cloud-event';
import {
  CertificateChangedPayload,
  ChannelAddedPayload,
  ContactReplacedPayload,
  IntermediaryAccessPayload,
  RestAccountCreatedPayload,
  SenderCreatedPayload,
} from './sender-event.payload';
import {
  ChannelClosedPayload,
  RestAccountClosedPayload,
  SenderClosedPayload,
  SftpKeyReplacedPayload,
} from './sender-closure-event.payload';
import { Streams } from '../events/streams';
import type { CertificateView } from './certificate.view';
import type { ChannelView } from './channel.view';
import type { RestAccountView } from './rest-account.view';
import type { SenderView } from './sender.view';
import type { TechnicalContactView } from './technical-contact.dto';

export interface SenderCreatedData {
  sender: SenderView;
  actorUserId: string;
}

export interface ContactReplacedData {
  sender: SenderView;
  previousContact: TechnicalContactView;
  actorUserId: string;
}

export interface ChannelAddedData {
  channel: ChannelView;
  actorUserId: string;
}

export interface RestAccountCreatedData {
  restAccount: RestAccountView;
  actorUserId: string;
}

export interface CertificateChangedData {
  certificate: CertificateView;
  /** Absent when the change follows a delegation event rather than a person's request. */
  actorUserId?: string;
  actorEnterpriseNumber?: string;
  /** Set on deactivation: the delegation whose end caused it. */
  delegationId?: string;
  /** On registration: the certificate's public key (SubjectPublicKeyInfo, PEM), what the token-service verifies client assertions with. */
  publicKey?: string;
  /** Set on deactivation: the REST account was closed (added in v1). */
  restAccountClosed?: boolean;
}

/** Who closed it and whom it concerns: the intermediaries that held a live delegation on the account are told. */
export interface RestAccountClosedData {
  restAccount: RestAccountView;
  actorUserId: string;
  actorEnterpriseNumber: string;
  intermediaryEnterpriseNumbers: string[];
  /** True when the account closed because its sender was closed. */
  closedWithSender: boolean;
}

export interface ChannelClosedData {
  channel: ChannelView;
  actorUserId: string;
  actorEnterpriseNumber: string;
  closedWithSender: boolean;
}

export interface SftpKeyReplacedData {
  /** The channel with its new key. */
  channel: ChannelView;
  previousSshKeyFingerprint: string;
  actorUserId: string;
  actorEnterpriseNumber: string;
}

export interface SenderClosedData {
  sender: SenderView;
  actorUserId: string;
  actorEnterpriseNumber: string;
  closedRestAccountIds: string[];
  closedChannelIds: string[];
}

/** An intermediary gained or lost the management of an account's certificates (from a delegation event). */
export interface IntermediaryAccessData {
  restAccountId: string;
  intermediaryEnterpriseNumber: string;
  companyEnterpriseNumber: string;
  delegationId: string;
  delegationStatus: DelegationStatus;
}

/**
 * Events of the sender-service. The CloudEvent `subject` is the sender number for sender, contact, channel
 * and REST-account events, and the REST account id for certificate and intermediary-access events.
 */
export const SenderEvents = {
  senderCreated: defineEvent<SenderCreatedData>(Streams.sender, 'sender-created', SenderCreatedPayload),
  contactReplaced: defineEvent<ContactReplacedData>(Streams.sender, 'contact-replaced', ContactReplacedPayload),
  channelAdded: defineEvent<ChannelAddedData>(Streams.sender, 'channel-added', ChannelAddedPayload),
  restAccountCreated: defineEvent<RestAccountCreatedData>(Streams.sender, 'rest-account-created', RestAccountCreatedPayload),
  certificateRegistered: defineEvent<CertificateChangedData>(Streams.sender, 'certificate-registered', CertificateChangedPayload),
  certificateRemoved: defineEvent<CertificateChangedData>(Streams.sender, 'certificate-removed', CertificateChangedPayload),
  certificateDeactivated: defineEvent<CertificateChangedData>(Streams.sender, 'certificate-deactivated', CertificateChangedPayload),
  intermediaryAccessGranted: defineEvent<IntermediaryAccessData>(Streams.sender, 'intermediary-access-granted', IntermediaryAccessPayload),
  intermediaryAccessWithdrawn: defineEvent<IntermediaryAccessData>(
    Streams.sender,
    'intermediary-access-withdrawn',
    IntermediaryAccessPayload,
  ),
  // Endings (added in v1): each closed account and channel has its own event, also when its sender closes.
  restAccountClosed: defineEvent<RestAccountClosedData>(Streams.sender, 'rest-account-closed', RestAccountClosedPayload),
  channelClosed: defineEvent<ChannelClosedData>(Streams.sender, 'channel-closed', ChannelClosedPayload),
  sftpKeyReplaced: defineEvent<SftpKeyReplacedData>(Streams.sender, 'sftp-key-replaced', SftpKeyReplacedPayload),
  senderClosed: defineEvent<SenderClosedData>(Streams.sender, 'sender-closed', SenderClosedPayload),
};
