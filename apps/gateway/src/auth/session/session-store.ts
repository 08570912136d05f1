import { type BucketDefinition, Buckets, prefixedStreamName } from '@chaman/contracts';
import type { KV, NatsConnection } from 'nats';
import { createHash, randomBytes } from 'node:crypto';
import type { PendingLogin, WebSession } from './web-session';

const PENDING_LOGIN_MAX_AGE_MS = 10 * 60_000;
/** Upper bounds of the buckets: a flood of unfinished logins fills its own bucket (logins then fail), never the sessions'. */
export const SESSIONS_MAX_BYTES = 256 * 1024 * 1024;
export const PENDING_LOGINS_MAX_BYTES = 16 * 1024 * 1024;
/**
 * How long a session's roles are believed after the login that read them: past it the session goes on without its
 * roles (an operator logs in again), so a role the provider withdrew lasts at most this long, not the session's 8 h.
 */
export const SESSION_ROLES_MAX_AGE_MS = 60 * 60_000;
/** A stored value's upper bound (a pending login is well under 1 KiB, a session under 8 KiB with its ID token). */
const MAX_VALUE_BYTES = 16 * 1024;

/** Keys are hashes of the cookie's id, so whoever reads the bucket cannot replay a cookie from it. */
function keyOf(kind: 'session' | 'login', id: string): string {
  return `${kind}.${createHash('sha256').update(id).digest('base64url')}`;
}

function youngerThan(createdAt: string, maxAgeMs: number): boolean {
  return Date.now() - Date.parse(createdAt) < maxAgeMs;
}

/**
 * Web sessions and pending logins in a NATS JetStream key-value bucket: they survive a gateway restart and every
 * replica reads the same ones. The bucket's TTL removes what nobody ended; reads check the age too.
 */
export class SessionStore {
  private constructor(
    private readonly kv: KV,
    private readonly logins: KV,
    private readonly ttlMs: number,
  ) {}

  /** Sessions live `ttlSeconds` in their bucket; pending logins 10 minutes in theirs (the bucket's TTL removes them). */
  static async open(
    connection: NatsConnection,
    subjectPrefix: string,
    ttlSeconds: number,
    replicas = 1,
    bucket: BucketDefinition = Buckets.webSessions,
  ): Promise<SessionStore> {
    const views = connection.jetstream().views;
    const common = { history: 1, replicas, maxValueSize: MAX_VALUE_BYTES };
    const kv = await views.kv(prefixedStreamName(subjectPrefix, bucket.name), {
      ...common,
      ttl: ttlSeconds * 1000,
      max_bytes: SESSIONS_MAX_BYTES,
      description: bucket.description,
    });
    const logins = await views.kv(prefixedStreamName(subjectPrefix, Buckets.pendingLogins.name), {
      ...common,
      ttl: PENDING_LOGIN_MAX_AGE_MS,
      max_bytes: PENDING_LOGINS_MAX_BYTES,
      description: Buckets.pendingLogins.description,
    });
    return new SessionStore(kv, logins, ttlSeconds * 1000);
  }

  static newId(): string {
    return randomBytes(32).toString('base64url');
  }

  async create(session: WebSession): Promise<string> {
    const id = SessionStore.newId();
    await this.kv.put(keyOf('session', id), JSON.stringify(session));
    return id;
  }

  async find(id: string): Promise<WebSession | undefined> {
    const session = await this.read<WebSession>(keyOf('session', id));
    if (!session || !youngerThan(session.createdAt, this.ttlMs)) return undefined;
    if (youngerThan(session.createdAt, SESSION_ROLES_MAX_AGE_MS)) return session;
    return { ...session, principal: { ...session.principal, roles: [], isOperator: false } };
  }

  async end(id: string): Promise<WebSession | undefined> {
    const session = await this.find(id);
    await this.kv.purge(keyOf('session', id));
    return session;
  }

  async savePendingLogin(login: PendingLogin): Promise<string> {
    const id = SessionStore.newId();
    await this.logins.put(keyOf('login', id), JSON.stringify(login));
    return id;
  }

  /** A pending login is used once: taking it removes it. */
  async takePendingLogin(id: string): Promise<PendingLogin | undefined> {
    const key = keyOf('login', id);
    const login = await this.read<PendingLogin>(key, this.logins);
    if (login) await this.logins.purge(key);
    return login && youngerThan(login.createdAt, PENDING_LOGIN_MAX_AGE_MS) ? login : undefined;
  }

  private async read<T>(key: string, kv: KV = this.kv): Promise<T | undefined> {
    const entry = await kv.get(key);
    if (!entry || entry.operation !== 'PUT' || entry.value.length === 0) return undefined;
    return entry.json<T>();
  }
}
