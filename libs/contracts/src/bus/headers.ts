/** Headers carried on bus requests; NATS header names are case-sensitive, so they live here once. */
export const BusHeaders = {
  requestId: 'x-request-id',
  idempotencyKey: 'idempotency-key',
} as const;
