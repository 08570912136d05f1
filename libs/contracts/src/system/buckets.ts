/** NATS JetStream key-value buckets of the system; names get the deployment prefix like streams do. */
export interface BucketDefinition {
  /** Bucket name before the deployment prefix is applied. */
  readonly name: string;
  readonly description: string;
}

export const Buckets = {
  webSessions: {
    name: 'WEB_SESSIONS',
    description: 'Gateway sessions of the web client and pending logins; every gateway replica reads them.',
  },
  pendingLogins: {
    name: 'PENDING_LOGINS',
    description: 'Logins started at the gateway and not finished yet: kept 10 minutes, bounded in size, apart from the sessions.',
  },
} as const satisfies Record<string, BucketDefinition>;
