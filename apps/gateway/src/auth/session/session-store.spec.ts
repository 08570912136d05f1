import { Buckets, prefixedStreamName } from '@chaman/contracts';
import { infrastructureFromEnv } from '@chaman/testing';
import { connect, type NatsConnection } from 'nats';
import { randomBytes } from 'node:crypto';
import { PENDING_LOGINS_MAX_BYTES, SESSION_ROLES_MAX_AGE_MS, SESSIONS_MAX_BYTES, SessionStore } from './session-store';

/** On the machine's NATS (a subject prefix of its own): where an unauthenticated login start can write, and how much. */
describe('session store buckets', () => {
  const prefix = `t${randomBytes(4).toString('hex')}`;
  let nats: NatsConnection;

  beforeAll(async () => {
    nats = await connect({ servers: infrastructureFromEnv().natsUrl });
  });
  afterAll(async () => {
    const manager = await nats.jetstreamManager();
    for (const bucket of [Buckets.webSessions, Buckets.pendingLogins])
      await manager.streams.delete(`KV_${prefixedStreamName(prefix, bucket.name)}`).catch(() => undefined);
    await nats.close();
  });

  it('keeps pending logins 10 minutes in a bounded bucket of their own, apart from the bounded sessions', async () => {
    const store = await SessionStore.open(nats, prefix, 8 * 3600);
    const login = await store.savePendingLogin({
      state: 's',
      nonce: 'n',
      codeVerifier: 'v',
      redirectUri: 'http://127.0.0.1/auth/callback',
      returnTo: '/',
      createdAt: new Date().toISOString(),
    });
    const manager = await nats.jetstreamManager();
    const logins = await manager.streams.info(`KV_${prefixedStreamName(prefix, Buckets.pendingLogins.name)}`);
    const sessions = await manager.streams.info(`KV_${prefixedStreamName(prefix, Buckets.webSessions.name)}`);
    expect(logins.config).toMatchObject({ max_age: 10 * 60 * 1e9, max_bytes: PENDING_LOGINS_MAX_BYTES });
    expect(logins.state.messages).toBe(1);
    expect(sessions.config).toMatchObject({ max_age: 8 * 3600 * 1e9, max_bytes: SESSIONS_MAX_BYTES });
    expect(sessions.state.messages).toBe(0);
    expect(await store.takePendingLogin(login)).toMatchObject({ state: 's' });
    expect(await store.takePendingLogin(login)).toBeUndefined();
  }, 30_000);

  it('believes the roles a login read for an hour at most: then the session goes on without them', async () => {
    const store = await SessionStore.open(nats, prefix, 8 * 3600);
    const principal = { userId: 'op', roles: ['chaman-admin'], isOperator: true };
    const fresh = await store.create({ principal, createdAt: new Date().toISOString() });
    const old = await store.create({ principal, createdAt: new Date(Date.now() - SESSION_ROLES_MAX_AGE_MS - 1_000).toISOString() });
    expect((await store.find(fresh))?.principal).toMatchObject({ roles: ['chaman-admin'], isOperator: true });
    expect((await store.find(old))?.principal).toMatchObject({ userId: 'op', roles: [], isOperator: false });
  }, 30_000);
});
