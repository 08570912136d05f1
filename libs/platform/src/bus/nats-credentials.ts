import { readFileSync } from 'node:fs';
import { type BusClientName, inboxPrefixOf } from '../bus-access/bus-clients';

/** TLS settings of a NATS client (files in PEM); any of them may be absent. */
export interface NatsTls {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
}

/**
 * Who a process is on the bus: an NKEY seed or a user and password, the inbox prefix its replies come back
 * on (`_INBOX_<client>`: nobody else may subscribe there), and TLS when the server asks for it.
 */
export interface NatsCredentials {
  nkeySeed?: string;
  user?: string;
  pass?: string;
  inboxPrefix?: string;
  tls?: NatsTls;
}

/** The credentials file `npm start` writes for a client (e.g. `.data/nats/downstream.json`). */
export interface NatsCredentialsFile extends NatsCredentials {
  servers: string[];
}

export function hasCredentials(credentials: NatsCredentials | undefined): boolean {
  return Boolean(credentials?.nkeySeed || (credentials?.user && credentials.pass));
}

/**
 * Reads a process's bus credentials: `NATS_CREDENTIALS_FILE` (a JSON file as `npm start` writes them), else
 * `NATS_NKEY_SEED`, else `NATS_USER` + `NATS_PASSWORD`; `NATS_INBOX_PREFIX` (default `_INBOX_<client>`) and
 * `NATS_TLS_*` beside them.
 * Production refuses to start without credentials: an open bus trusts everyone on the network.
 */
export function natsCredentialsFromEnv(env: NodeJS.ProcessEnv, production: boolean, client?: BusClientName): NatsCredentials | undefined {
  const file = env.NATS_CREDENTIALS_FILE ? (JSON.parse(readFileSync(env.NATS_CREDENTIALS_FILE, 'utf8')) as NatsCredentialsFile) : undefined;
  const tls: NatsTls = { caFile: env.NATS_TLS_CA_FILE, certFile: env.NATS_TLS_CERT_FILE, keyFile: env.NATS_TLS_KEY_FILE };
  const credentials: NatsCredentials = {
    nkeySeed: env.NATS_NKEY_SEED ?? file?.nkeySeed,
    user: env.NATS_USER ?? file?.user,
    pass: env.NATS_PASSWORD ?? file?.pass,
    inboxPrefix: env.NATS_INBOX_PREFIX ?? file?.inboxPrefix ?? (client ? inboxPrefixOf(client) : undefined),
    tls: Object.values(tls).some(Boolean) ? tls : file?.tls,
  };
  if (hasCredentials(credentials)) return credentials;
  if (production) {
    throw new Error(
      'NATS credentials are required in production: set NATS_CREDENTIALS_FILE, NATS_NKEY_SEED or NATS_USER and NATS_PASSWORD',
    );
  }
  return undefined;
}
