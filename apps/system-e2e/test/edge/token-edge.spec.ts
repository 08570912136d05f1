import { networkInterfaces } from 'node:os';
import { refusedTokens } from '../../src/fixtures/forged-tokens';
import { ApiClient, type RunningSystem, startSystem } from '../../src';

const SECRET = 'a development secret shared by both replicas, 32+';

/** An address of this machine that is not loopback, to call the gateway as a remote client would. */
function outsideAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
}

describe('gateway edge: which tokens are believed', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    // No service: a token that passes authentication answers 503 (no responder), a refused one 401.
    system = await startSystem({ services: [], gatewayOverrides: { devTokensSecret: SECRET, host: '0.0.0.0' } });
  });
  afterAll(() => system?.stop());

  it('answers an expired token with expiredAccessToken, and refuses a token without expiry', async () => {
    const tokens = await refusedTokens(system, 'operator-1');
    const expired = await system.api.request('GET', '/api/v1/me', { token: tokens.expired });
    expect(expired.status).toBe(401);
    expect(expired.body.type).toBe('urn:problem-type:belgif:expiredAccessToken');
    const unexpiring = await system.api.request('GET', '/api/v1/me', { token: tokens.unexpiring });
    expect(unexpiring.status).toBe(401);
    expect(unexpiring.body).toMatchObject({ type: 'urn:problem-type:belgif:invalidAccessToken', detail: expect.stringContaining('"exp"') });
  });

  it('refuses algorithms outside the allow-list (none, HS256) before trying any key', async () => {
    const valid = await system.api.tokenFor({ sub: 'alg-test' });
    const [, payload, signature] = valid.split('.');
    const header = (alg: string) => Buffer.from(JSON.stringify({ alg, kid: 'dev' })).toString('base64url');
    for (const token of [`${header('none')}.${payload}.`, `${header('HS256')}.${payload}.${signature}`]) {
      const response = await system.api.request('GET', '/api/v1/me', { token });
      expect(response.status).toBe(401);
      expect(response.body.type).toBe('urn:problem-type:belgif:invalidAccessToken');
    }
    expect((await system.api.request('GET', '/api/v1/me', { token: valid })).status).toBe(503);
  });

  it('signs development tokens with a key every replica given the same secret shares', async () => {
    const replica = await system.startGatewayReplica();
    const fromFirst = await system.api.tokenFor({ sub: 'roaming' });
    expect((await replica.api.request('GET', '/api/v1/me', { token: fromFirst })).status).toBe(503);
    const fromSecond = (
      await replica.api.request('POST', '/api/v1/dev/tokens', { body: { sub: 'roaming-2', name: 'R', email: 'r@example.test' } })
    ).body.accessToken;
    expect((await system.api.request('GET', '/api/v1/me', { token: fromSecond })).status).toBe(503);
  });

  it('issues development tokens to callers on this machine only', async () => {
    const address = outsideAddress();
    if (!address) return console.log('[edge] no non-loopback IPv4 address on this machine: remote caller not tried');
    const port = new URL(system.api.baseUrl).port;
    const remote = new ApiClient(`http://${address}:${port}`);
    const refused = await remote.request('POST', '/api/v1/dev/tokens', {
      body: { sub: 'mallory', name: 'M', email: 'm@example.test', roles: ['chaman-admin'] },
    });
    expect(refused.status).toBe(404);
    expect(refused.body.type).toBe('urn:problem-type:chaman:devIssuerDisabled');
    expect((await remote.request('GET', '/api/v1/health/live')).status).toBe(200);
  });
});
