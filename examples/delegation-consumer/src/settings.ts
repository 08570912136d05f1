import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What Chaman gives a downstream system: `.data/nats/downstream.json` under `npm start`, a secret in production. */
export interface Credentials {
  servers: string[];
  nkeySeed?: string;
  user?: string;
  pass?: string;
  inboxPrefix?: string;
}

/** Where to read from and where to keep state; all from the environment, with local defaults. */
export interface Settings {
  natsUrl: string;
  credentials?: Credentials;
  /** The Chaman deployment's subject prefix (`NATS_SUBJECT_PREFIX` there too). */
  subjectPrefix: string;
  /** The durable consumer's name: one per consuming application, kept across restarts. */
  durable: string;
  databasePath: string;
}

/** The file `npm start` writes in the Chaman repository this example lives in. */
const LOCAL_CREDENTIALS = fileURLToPath(new URL('../../../.data/nats/downstream.json', import.meta.url));

export function settingsFromEnv(env: NodeJS.ProcessEnv): Settings {
  const durable = env.CONSUMER_NAME ?? 'example-delegation-consumer';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(durable)) throw new Error('CONSUMER_NAME must be 1 to 64 letters, digits, _ or -');
  const file = env.NATS_CREDENTIALS_FILE ?? (!env.NATS_URL && existsSync(LOCAL_CREDENTIALS) ? LOCAL_CREDENTIALS : undefined);
  const credentials = file ? (JSON.parse(readFileSync(file, 'utf8')) as Credentials) : undefined;
  return {
    natsUrl: env.NATS_URL ?? credentials?.servers.join(',') ?? 'nats://127.0.0.1:4222',
    credentials,
    subjectPrefix: env.NATS_SUBJECT_PREFIX ?? 'chaman',
    durable,
    databasePath: env.DATABASE_PATH ?? 'delegation-consumer.sqlite',
  };
}

/** Chaman's naming of the delegation stream: the prefix upper-cased, then `_DELEGATION_EVENTS`. */
export function streamName(subjectPrefix: string): string {
  return `${subjectPrefix.replace(/[^A-Za-z0-9_-]/g, '_').toUpperCase()}_DELEGATION_EVENTS`;
}
