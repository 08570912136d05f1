import { RestEnvironment } from '@chaman/contracts';
import type { FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDemoApi, WHOAMI_PATH } from './demo-api';
import { demoApiConfigFromEnv } from './demo-api-config';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/** The token-service's part, played by the test: a JWKS over real HTTP and tokens signed with its keys. */
class TestIssuer {
  readonly keys = new Map<string, KeyPair>();
  published: string[] = [];
  private server!: Server;

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      if (request.url !== '/oauth/jwks') return void response.writeHead(404).end();
      void Promise.all(
        this.published.map(async (kid) => ({ ...(await exportJWK(this.keys.get(kid)!.publicKey)), kid, alg: 'ES256', use: 'sig' })),
      ).then((keys) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys })));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async newKey(kid: string, publish = true): Promise<void> {
    this.keys.set(kid, await generateKeyPair('ES256'));
    if (publish) this.published.push(kid);
  }

  /** An ACCEPTANCE access token for the company 0123456789, as the token-service would sign it, with `changes` applied. */
  sign(
    changes: { claims?: JWTPayload; header?: Record<string, unknown>; kid?: string; expiresIn?: string | number } = {},
  ): Promise<string> {
    const kid = changes.kid ?? this.published[0];
    const claims = { client_id: 'client-abc', enterprise_number: '0123456789', scope: 'scope:demo:consult scope:other', ...changes.claims };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid, ...changes.header })
      .setIssuer(this.origin)
      .setSubject(String(claims.client_id))
      .setAudience('urn:chaman:rest:acceptance')
      .setJti(`jti-${Math.random()}`)
      .setIssuedAt()
      .setExpirationTime(changes.expiresIn ?? '10m')
      .sign(this.keys.get(kid)!.privateKey);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('the Demo v1 API', () => {
  const issuer = new TestIssuer();
  let api: FastifyInstance;

  const apiFor = (env: NodeJS.ProcessEnv = {}) => createDemoApi(demoApiConfigFromEnv({ JWKS_URL: `${issuer.origin}/oauth/jwks`, ...env }));
  const whoami = (token?: string, app = api) =>
    app.inject({ method: 'GET', url: WHOAMI_PATH, headers: token ? { authorization: `Bearer ${token}` } : {} });

  /** Expects a 401 invalid_token whose description and problem say `reason`. */
  async function expectRefused(token: string, reason: RegExp, app = api): Promise<void> {
    const answer = await whoami(token, app);
    expect(answer.statusCode).toBe(401);
    expect(answer.headers['www-authenticate']).toMatch(
      /^Bearer realm="Chaman Demo API", scope="scope:demo:consult", error="invalid_token", error_description="[^"]+"$/,
    );
    expect(answer.headers['www-authenticate']).toMatch(reason);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.json()).toMatchObject({ status: 401, detail: expect.stringMatching(reason) });
  }

  beforeAll(async () => {
    await issuer.start();
    await issuer.newKey('key-1');
    api = apiFor();
  });

  afterAll(async () => {
    await api.close();
    await issuer.stop();
  });

  it("answers a valid token with the company, the client, the scopes and the API's environment", async () => {
    const answer = await whoami(await issuer.sign());
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      company: '0123456789',
      clientId: 'client-abc',
      scopes: ['scope:demo:consult', 'scope:other'],
      environment: RestEnvironment.ACCEPTANCE,
    });
  });

  it('names the acting intermediary when its certificate got the token', async () => {
    const answer = await whoami(await issuer.sign({ claims: { act: { sub: '0987654321' } } }));
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ company: '0123456789', actingIntermediary: '0987654321' });
  });

  it('asks for a token when none is sent, without an error code (RFC 6750 §3.1)', async () => {
    const answer = await whoami();
    expect(answer.statusCode).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer realm="Chaman Demo API", scope="scope:demo:consult"');
    expect(answer.json()).toMatchObject({ type: 'urn:problem-type:belgif:noAccessToken' });
  });

  it('refuses what is not a JWT', async () => {
    await expectRefused('not-a-jwt', /not a well-formed JWT/);
  });

  it('refuses a token whose signature does not match', async () => {
    const [header, payload] = (await issuer.sign()).split('.');
    const other = (await issuer.sign({ claims: { scope: 'scope:other' } })).split('.')[2];
    await expectRefused(`${header}.${payload}.${other}`, /signature is not valid/);
  });

  it('refuses a token signed by a key the JWKS does not publish', async () => {
    await issuer.newKey('forged', false);
    await expectRefused(await issuer.sign({ kid: 'forged' }), /key this API does not know/);
  });

  it('refuses a token that is not an access token (typ must be at+jwt)', async () => {
    await expectRefused(await issuer.sign({ header: { typ: 'JWT' } }), /typ must be at\+jwt/);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const [, payload] = (await issuer.sign()).split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url');
    await expectRefused(`${header}.${payload}.`, /well-formed JWT|signed with ES256/);
  });

  it('refuses a token from another issuer', async () => {
    const other = createDemoApi(
      demoApiConfigFromEnv({ JWKS_URL: `${issuer.origin}/oauth/jwks`, TOKEN_ISSUER: 'https://elsewhere.example' }),
    );
    try {
      await expectRefused(await issuer.sign(), /not issued by the authorisation server this API trusts/, other);
    } finally {
      await other.close();
    }
  });

  it('refuses an ACCEPTANCE token in PRODUCTION', async () => {
    const production = apiFor({ DEMO_API_ENVIRONMENT: 'PRODUCTION' });
    try {
      await expectRefused(await issuer.sign(), /audience must be urn:chaman:rest:production/, production);
    } finally {
      await production.close();
    }
  });

  it('refuses an expired token, as an expired access token', async () => {
    await expectRefused(await issuer.sign({ expiresIn: Math.floor(Date.now() / 1000) - 60 }), /expired/);
    expect((await whoami(await issuer.sign({ expiresIn: Math.floor(Date.now() / 1000) - 60 }))).json()).toMatchObject({
      type: 'urn:problem-type:belgif:expiredAccessToken',
    });
  });

  it("refuses a token without the company's enterprise number", async () => {
    await expectRefused(await issuer.sign({ claims: { enterprise_number: undefined } }), /enterprise_number/);
  });

  it('refuses a token whose act does not name an enterprise', async () => {
    await expectRefused(await issuer.sign({ claims: { act: { sub: 'someone' } } }), /act/);
  });

  it('answers 403 insufficient_scope to a valid token without scope:demo:consult', async () => {
    const answer = await whoami(await issuer.sign({ claims: { scope: 'scope:other' } }));
    expect(answer.statusCode).toBe(403);
    expect(answer.headers['www-authenticate']).toBe(
      'Bearer realm="Chaman Demo API", scope="scope:demo:consult", error="insufficient_scope", error_description="The access token lacks the scope scope:demo:consult."',
    );
    expect(answer.json()).toMatchObject({ type: 'urn:problem-type:belgif:missingScope', requiredScopes: ['scope:demo:consult'] });
  });

  it('accepts tokens of a key published after it started (rotation)', async () => {
    await issuer.newKey('key-2');
    const token = await issuer.sign({ kid: 'key-2' });
    // jose refetches the JWKS for an unknown kid at most once a second.
    const deadline = Date.now() + 10_000;
    let status = (await whoami(token)).statusCode;
    while (status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await whoami(token)).statusCode;
    }
    expect(status).toBe(200);
  });

  it('is healthy while its JWKS answers', async () => {
    const answer = await api.inject({ method: 'GET', url: '/health' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ status: 'up', jwks: 'up' });
  });

  it('answers 503, never a 401, when it cannot read its JWKS', async () => {
    const orphan = createDemoApi(demoApiConfigFromEnv({ JWKS_URL: 'http://127.0.0.1:9/oauth/jwks', TOKEN_ISSUER: issuer.origin }));
    try {
      const answer = await whoami(await issuer.sign(), orphan);
      expect(answer.statusCode).toBe(503);
      expect(answer.json()).toMatchObject({ type: 'urn:problem-type:belgif:serviceUnavailable' });
      expect((await orphan.inject({ method: 'GET', url: '/health' })).statusCode).toBe(503);
      expect((await orphan.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await orphan.close();
    }
  });

  it('answers an unknown path with a problem', async () => {
    const answer = await api.inject({ method: 'GET', url: '/REST/demo/v1/nothing' });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toMatchObject({ type: 'urn:problem-type:belgif:resourceNotFound' });
  });
});
