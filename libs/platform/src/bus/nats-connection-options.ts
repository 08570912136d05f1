import { type ConnectionOptions, nkeyAuthenticator } from 'nats';
import type { NatsCredentials } from './nats-credentials';

/**
 * Connection settings every NATS client of the system uses: its own credentials and inbox prefix when it has
 * them (a secured bus), reconnect forever, never give up silently. No async traces: nats.js would otherwise capture
 * two stack traces per request (for a timeout that rarely comes; ours names the subject), 3–4 % of the gateway's CPU.
 */
export function natsConnectionOptions(natsUrl: string, name: string, credentials?: NatsCredentials): ConnectionOptions {
  return {
    servers: natsUrl.split(','),
    name,
    reconnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    waitOnFirstConnect: true,
    pingInterval: 10_000,
    noAsyncTraces: true,
    ...natsAuthOptions(credentials),
  };
}

/** Only the authentication part, for clients that set the rest themselves. */
export function natsAuthOptions(credentials?: NatsCredentials): ConnectionOptions {
  if (!credentials) return {};
  const options: ConnectionOptions = {};
  if (credentials.nkeySeed) options.authenticator = nkeyAuthenticator(new TextEncoder().encode(credentials.nkeySeed));
  else if (credentials.user) Object.assign(options, { user: credentials.user, pass: credentials.pass });
  if (credentials.inboxPrefix) options.inboxPrefix = credentials.inboxPrefix;
  if (credentials.tls)
    options.tls = { caFile: credentials.tls.caFile, certFile: credentials.tls.certFile, keyFile: credentials.tls.keyFile };
  return options;
}
