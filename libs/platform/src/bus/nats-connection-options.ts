import type { ConnectionOptions } from 'nats';

/** Connection settings every NATS client of the system uses: reconnect forever, never give up silently. */
export function natsConnectionOptions(natsUrl: string, name: string): ConnectionOptions {
  return {
    servers: natsUrl.split(','),
    name,
    reconnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    waitOnFirstConnect: true,
    pingInterval: 10_000,
  };
}
