import {
  type BucketDefinition,
  Buckets,
  DelegationEvents,
  type EventDefinition,
  FindSendersOfEnterprises,
  GetDelegationState,
  GetEnterprise,
  GetRestAccount,
  type MessageDefinition,
  type ServiceName,
  type StreamDefinition,
  SenderEvents,
  Streams,
} from '@chaman/contracts';

/** Every client of the bus; each has its own credentials and inbox prefix `_INBOX_<client>`. */
export const BUS_CLIENTS = ['gateway', 'access', 'sender', 'delegation', 'notification', 'downstream', 'monitor', 'token'] as const;
export type BusClientName = (typeof BUS_CLIENTS)[number];

/** What one client's job needs on the bus, and nothing more. */
export interface BusRole {
  /** The service it is: it answers that service's subjects in its queue group, publishes its events, owns its stream. */
  serves?: ServiceName;
  /** The requests it may send: every contract message, or the listed ones. */
  requests: 'all' | readonly MessageDefinition<object, unknown>[];
  /** Streams it reads with durable consumers; a service names its durables, which no other client may touch. */
  reads: readonly StreamReading[];
  /** Reads stream and consumer state (counts, delivery positions) without reading or writing a message. */
  inspects?: boolean;
  /** Key-value buckets it keeps (creates, reads, writes, purges keys of). */
  keyValue?: readonly BucketDefinition[];
}

export interface StreamReading {
  stream: StreamDefinition;
  /** The durable consumer's name; absent for downstream systems, which name their own. */
  durable?: string;
  /** The event types the durable acts on, the only ones it receives (absent: the whole stream). */
  events?: readonly EventDefinition<unknown>[];
}

/** The services' own durable consumers. */
export const SERVICE_DURABLES = {
  accessSenders: { stream: Streams.sender, durable: 'access-senders', events: [SenderEvents.senderCreated, SenderEvents.senderClosed] },
  // Only the moves that can open or close a grant (to or from ACCEPTED); a pending request changes no access.
  senderDelegations: {
    stream: Streams.delegation,
    durable: 'sender-delegations',
    events: [
      DelegationEvents.accepted,
      DelegationEvents.scopesChanged,
      DelegationEvents.endDateChanged,
      DelegationEvents.revoked,
      DelegationEvents.renounced,
      DelegationEvents.accountClosed,
      DelegationEvents.ended,
    ],
  },
  notificationAccess: { stream: Streams.access, durable: 'notification-access' },
  notificationSenders: { stream: Streams.sender, durable: 'notification-sender' },
  notificationDelegations: { stream: Streams.delegation, durable: 'notification-delegation' },
  // The REST accounts and certificates a client assertion is checked against.
  tokenSenders: {
    stream: Streams.sender,
    durable: 'token-sender',
    events: [
      SenderEvents.restAccountCreated,
      SenderEvents.restAccountClosed,
      SenderEvents.certificateRegistered,
      SenderEvents.certificateRemoved,
      SenderEvents.certificateDeactivated,
    ],
  },
  tokenDelegations: { stream: Streams.delegation, durable: 'token-delegation' },
  // The audit trail's own (docs/audit.md), kept by the notification-service apart from its notifications'.
  auditAccess: { stream: Streams.access, durable: 'audit-access' },
  auditSenders: { stream: Streams.sender, durable: 'audit-sender' },
  auditDelegations: { stream: Streams.delegation, durable: 'audit-delegation' },
  auditNotifications: { stream: Streams.notification, durable: 'audit-notification' },
  // The delegation-service ends the live delegations of a closed REST account.
  delegationClosures: { stream: Streams.sender, durable: 'delegation-closures', events: [SenderEvents.restAccountClosed] },
} as const satisfies Record<string, StreamReading>;

/**
 * The parked stream is shared: every service parks into it and may create it when missing (same configuration),
 * but only this service brings it to the declared configuration (`STREAM.UPDATE`).
 */
export const PARKED_STREAM_OWNER: ServiceName = 'delegation';

/** Streams downstream systems may read: the documented public interface. */
export const PUBLIC_STREAMS: readonly StreamDefinition[] = [Streams.delegation];

/**
 * The one description of who may do what on the bus; the nats-server configuration is generated from it
 * (`natsServerConfig`). Subjects come from the contracts, so a renamed message or stream follows by itself.
 */
export const BUS_ROLES: Record<BusClientName, BusRole> = {
  // Only the gateway sends commands and queries on behalf of people; it keeps a copy of the rights from the access stream
  // and the web sessions every replica shares.
  gateway: { requests: 'all', reads: [{ stream: Streams.access }], keyValue: [Buckets.webSessions, Buckets.pendingLogins] },
  // Learns which senders exist from the sender stream; asks the sender-service only for those it has not learned yet.
  access: { serves: 'access', requests: [FindSendersOfEnterprises], reads: [SERVICE_DURABLES.accessSenders] },
  // Asks the delegation-service when a delegation event cannot be trusted (see docs/security.md).
  sender: { serves: 'sender', requests: [GetEnterprise, GetDelegationState], reads: [SERVICE_DURABLES.senderDelegations] },
  // Asks for a party or an account only while its own projection (access and sender streams) does not hold it yet.
  delegation: {
    serves: 'delegation',
    requests: [GetEnterprise, GetRestAccount],
    reads: [{ stream: Streams.access }, { stream: Streams.sender }, SERVICE_DURABLES.delegationClosures],
  },
  // Learns what it tells whom, and what goes in the audit trail, from the producers' events (its own too); asks no one.
  notification: {
    serves: 'notification',
    requests: [],
    reads: [
      SERVICE_DURABLES.notificationAccess,
      SERVICE_DURABLES.notificationSenders,
      SERVICE_DURABLES.notificationDelegations,
      SERVICE_DURABLES.auditAccess,
      SERVICE_DURABLES.auditSenders,
      SERVICE_DURABLES.auditDelegations,
      SERVICE_DURABLES.auditNotifications,
    ],
  },
  downstream: { requests: [], reads: PUBLIC_STREAMS.map((stream) => ({ stream })) },
  // Operations and tests: stream and consumer figures, and any stream read with durables of its own; it publishes nothing.
  monitor: { requests: [], reads: Object.values(Streams).map((stream) => ({ stream })), inspects: true },
  // The authorisation server: its projection of REST accounts, certificates and delegations comes from events; it asks no one.
  token: { serves: 'token', requests: [], reads: [SERVICE_DURABLES.tokenSenders, SERVICE_DURABLES.tokenDelegations] },
};

export function inboxPrefixOf(client: BusClientName): string {
  return `_INBOX_${client}`;
}
