/** The JetStream streams of the system: one per producing service, each catching its events' subjects. */
export interface StreamDefinition {
  /** Stream name before the deployment prefix is applied. */
  readonly name: string;
  /** Subject filter, relative to the deployment prefix. */
  readonly subjects: string;
  readonly description: string;
}

export const Streams = {
  access: { name: 'ACCESS_EVENTS', subjects: 'events.access.>', description: 'Enterprises, members and rights.' },
  sender: { name: 'SENDER_EVENTS', subjects: 'events.sender.>', description: 'Senders, channels, REST accounts, certificates.' },
  delegation: { name: 'DELEGATION_EVENTS', subjects: 'events.delegation.>', description: 'Public delegation lifecycle events.' },
  notification: {
    name: 'NOTIFICATION_EVENTS',
    subjects: 'events.notification.>',
    description: 'Webhook endpoints disabled after a day of failures.',
  },
  token: { name: 'TOKEN_EVENTS', subjects: 'events.token.>', description: "The token-service's events (none in v1; it only consumes)." },
  parked: { name: 'PARKED_EVENTS', subjects: 'parked.>', description: 'Events a consumer gave up on after its delivery limit.' },
} as const satisfies Record<string, StreamDefinition>;
