import {
  ACCESS_TOKEN_TYPE,
  DEFAULT_TOKEN_AUDIENCES,
  DEMO_CONSULT_SCOPE,
  JWT_BEARER_ASSERTION_TYPE,
  OAUTH_PATHS,
  Quality,
} from '@chaman/contracts';
import { makeCertificate, type TestCertificate } from '@chaman/testing';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { startGateway } from '@chaman/gateway';
import type { AddressInfo } from 'node:net';
import { ApiClient, type RunningSystem, startSystem } from '../../src';
import { pollUntil } from '../../src/processes/poll-until';
import { registerEnterprise, type RegisteredEnterprise } from '../sender/sender-fixtures';
import { senderNumberOf } from '../delegation/delegation-fixtures';
import {
  assertionFor,
  type CreatedAccount,
  postForm,
  registerCertificate,
  requestToken,
  restAccount,
  tokenOnceProjected,
} from './token-fixtures';

const NO_LIMITS = { perClientPerMinute: 1_000_000, perAddressPerMinute: 1_000_000 };

describe('the token endpoint: a REST account gets an access token with its own certificate', () => {
  let system: RunningSystem;
  let company: RegisteredEnterprise;
  let account: CreatedAccount;
  let production: CreatedAccount;
  let certificate: TestCertificate;
  let certificateId: string;

  beforeAll(async () => {
    system = await startSystem({ services: ['access', 'sender', 'token'], gatewayOverrides: { tokenRateLimits: NO_LIMITS } });
    company = await registerEnterprise(system, 7001, [Quality.CPAS]);
    account = await restAccount(system, company, Quality.CPAS, 'ACCEPTANCE', [DEMO_CONSULT_SCOPE, 'cpas:aid:read']);
    production = await restAccount(system, company, Quality.CPAS, 'PRODUCTION', [DEMO_CONSULT_SCOPE]);
    certificate = await makeCertificate({ commonName: 'cpas.example.be' });
    certificateId = await registerCertificate(system, company, account.id, certificate);
  });
  afterAll(() => system?.stop());

  it("publishes its metadata at the RFC 8414 address on the gateway's origin", async () => {
    const issuer = system.api.baseUrl;
    const response = await system.api.request('GET', OAUTH_PATHS.discovery);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      issuer,
      token_endpoint: `${issuer}/oauth/token`,
      jwks_uri: `${issuer}/oauth/jwks`,
      introspection_endpoint: `${issuer}/oauth/introspect`,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS256', 'PS256', 'ES256'],
      scopes_supported: [DEMO_CONSULT_SCOPE],
    });
  });

  it("issues an at+jwt signed by Chaman that verifies against the JWKS, with the account's facts", async () => {
    const response = await tokenOnceProjected(system, certificate, account.clientId, DEMO_CONSULT_SCOPE);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toMatchObject({ token_type: 'Bearer', expires_in: 600, scope: DEMO_CONSULT_SCOPE });
    const jwks = createRemoteJWKSet(new URL(`${system.api.baseUrl}/oauth/jwks`));
    const { payload, protectedHeader } = await jwtVerify(response.body.access_token, jwks, {
      issuer: system.api.baseUrl,
      audience: DEFAULT_TOKEN_AUDIENCES.ACCEPTANCE,
      typ: ACCESS_TOKEN_TYPE,
      algorithms: ['ES256'],
    });
    expect(protectedHeader).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    expect(payload).toMatchObject({
      sub: account.clientId,
      client_id: account.clientId,
      scope: DEMO_CONSULT_SCOPE,
      enterprise_number: company.cbe,
    });
    expect(payload.act).toBeUndefined();
    expect(payload.exp! - payload.iat!).toBe(600);
    expect(typeof payload.jti).toBe('string');
  });

  it("grants all the account's scopes when none is asked", async () => {
    const response = await requestToken(system, certificate, account.clientId);
    expect(response.status).toBe(200);
    expect(response.body.scope.split(' ').sort()).toEqual([DEMO_CONSULT_SCOPE, 'cpas:aid:read'].sort());
  });

  it('refuses a replayed assertion', async () => {
    const assertion = await assertionFor(system, certificate, account.clientId);
    const form = { grant_type: 'client_credentials', client_assertion_type: JWT_BEARER_ASSERTION_TYPE, client_assertion: assertion };
    expect((await postForm(system, OAUTH_PATHS.token, form)).status).toBe(200);
    const replay = await postForm(system, OAUTH_PATHS.token, form);
    expect([replay.status, replay.body.error]).toEqual([401, 'invalid_client']);
    expect(replay.body.error_description).toContain('replayed jti');
    expect(replay.headers.get('cache-control')).toBe('no-store');
    expect(replay.headers.get('content-type')).toContain('application/json');
  });

  it('answers each refusal with its RFC 6749 error as JSON, never problem+json', async () => {
    const other = await makeCertificate();
    const cases: Array<[string, Promise<Awaited<ReturnType<typeof requestToken>>>, number, string, string]> = [
      [
        'wrong aud',
        requestToken(system, certificate, account.clientId, undefined, { aud: 'https://elsewhere.example/token' }),
        401,
        'invalid_client',
        '/oauth/token',
      ],
      [
        'too long-lived',
        requestToken(system, certificate, account.clientId, undefined, { expiresIn: 3600 }),
        401,
        'invalid_client',
        'too long-lived',
      ],
      ['unknown kid', requestToken(system, other, account.clientId), 401, 'invalid_client', 'no certificate of this client'],
      ['unknown client', requestToken(system, certificate, 'no-such-client'), 401, 'invalid_client', 'no REST account has this client id'],
      [
        'scope not on the account',
        requestToken(system, certificate, account.clientId, 'dmfa:declaration:write'),
        400,
        'invalid_scope',
        'none of the requested scopes',
      ],
      [
        'own certificate used for the other account',
        requestToken(system, certificate, production.clientId),
        401,
        'invalid_client',
        'no certificate of this client',
      ],
      ['grant type', postForm(system, OAUTH_PATHS.token, { grant_type: 'password' }), 400, 'unsupported_grant_type', 'client_credentials'],
      [
        'no assertion',
        postForm(system, OAUTH_PATHS.token, { grant_type: 'client_credentials', client_assertion_type: JWT_BEARER_ASSERTION_TYPE }),
        400,
        'invalid_request',
        'client_assertion is missing',
      ],
      [
        'JSON instead of a form',
        system.api.request('POST', OAUTH_PATHS.token, { body: { grant_type: 'client_credentials' } }),
        400,
        'invalid_request',
        'x-www-form-urlencoded',
      ],
    ];
    for (const [why, pending, status, error, description] of cases) {
      const response = await pending;
      expect({ why, status: response.status, error: response.body.error }).toEqual({ why, status, error });
      expect(response.body.error_description).toContain(description);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it("gives an ACCEPTANCE account's token the acceptance audience only", async () => {
    const response = await requestToken(system, certificate, account.clientId);
    expect(decodeJwt(response.body.access_token).aud).toBe(DEFAULT_TOKEN_AUDIENCES.ACCEPTANCE);
  });

  it("gives a PRODUCTION account's token the production audience", async () => {
    const productionCertificate = await makeCertificate();
    await registerCertificate(system, company, production.id, productionCertificate);
    const response = await tokenOnceProjected(system, productionCertificate, production.clientId);
    expect(decodeJwt(response.body.access_token).aud).toBe(DEFAULT_TOKEN_AUDIENCES.PRODUCTION);
  });

  it('answers the token usage of an account to its company only', async () => {
    const stranger = await registerEnterprise(system, 7002, [Quality.CPAS]);
    const response = await system.api.as(
      stranger.chief,
      'GET',
      `/api/v1/enterprises/${stranger.cbe}/rest-accounts/${account.id}/token-usage`,
    );
    expect([response.status, response.body.code]).toEqual([404, 'resourceNotFound']);
  });

  it('introspects for an authenticated resource server only', async () => {
    const token = (await requestToken(system, certificate, account.clientId, DEMO_CONSULT_SCOPE)).body.access_token;
    const anonymous = await postForm(system, OAUTH_PATHS.introspection, { token });
    expect([anonymous.status, anonymous.body.error]).toEqual([401, 'invalid_client']);
    const basic = { authorization: `Basic ${Buffer.from('demo-api:demo-api-secret').toString('base64')}` };
    const active = await postForm(system, OAUTH_PATHS.introspection, { token }, basic);
    expect(active.status).toBe(200);
    expect(active.body).toMatchObject({
      active: true,
      sub: account.clientId,
      scope: DEMO_CONSULT_SCOPE,
      enterprise_number: company.cbe,
      token_type: 'Bearer',
    });
    const forged = await postForm(system, OAUTH_PATHS.introspection, { token: `${token.slice(0, -4)}AAAA` }, basic);
    expect(forged.body).toEqual({ active: false });
  });

  it("tells the account's page when the certificate last got a token, to the minute", async () => {
    const response = await system.api.as(
      company.chief,
      'GET',
      `/api/v1/enterprises/${company.cbe}/rest-accounts/${account.id}/token-usage`,
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      accountId: account.id,
      certificates: [{ certificateId, fingerprint: certificate.fingerprint, lastUsedAt: expect.stringMatching(/:00\.000Z$/) }],
    });
    expect(Date.now() - Date.parse(response.body.certificates[0].lastUsedAt)).toBeLessThan(3 * 60_000);
  });

  it('limits token requests per client id, answering 429 slow_down with Retry-After', async () => {
    const limited = await startGateway({
      ...system.gatewayConfig(),
      tokenRateLimits: { perClientPerMinute: 3, perAddressPerMinute: 1_000 },
    });
    try {
      const { port } = limited.getHttpServer().address() as AddressInfo;
      const through = new ApiClient(`http://127.0.0.1:${port}`);
      const ask = async () =>
        postForm({ api: through } as RunningSystem, OAUTH_PATHS.token, {
          grant_type: 'client_credentials',
          client_assertion_type: JWT_BEARER_ASSERTION_TYPE,
          client_assertion: await assertionFor(system, certificate, account.clientId, { aud: through.baseUrl }),
        });
      for (let request = 0; request < 3; request += 1) expect((await ask()).status).toBe(200);
      const refused = await ask();
      expect([refused.status, refused.body.error]).toEqual([429, 'slow_down']);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('cache-control')).toBe('no-store');
    } finally {
      await limited.close();
    }
  });

  it('refuses a removed certificate at the next request', async () => {
    const removed = await system.api.as(
      company.chief,
      'DELETE',
      `/api/v1/enterprises/${company.cbe}/rest-accounts/${account.id}/certificates/${certificateId}`,
    );
    expect(removed.status).toBe(204);
    const refused = await pollUntil(
      async () => {
        const response = await requestToken(system, certificate, account.clientId);
        return response.status === 401 ? response : undefined;
      },
      { what: 'the removed certificate refused', timeoutMs: 10_000, intervalMs: 20 },
    );
    expect(refused.body.error_description).toContain('was removed');
  });

  it('refuses every token request of a REST account once its company closes it', async () => {
    const key = await makeCertificate({ commonName: 'closing.cpas.example.be' });
    await registerCertificate(system, company, production.id, key);
    expect((await tokenOnceProjected(system, key, production.clientId, DEMO_CONSULT_SCOPE)).status).toBe(200);
    const senderNumber = await senderNumberOf(system, company, Quality.CPAS);
    const closed = await system.api.as(
      company.chief,
      'POST',
      `/api/v1/enterprises/${company.cbe}/senders/${senderNumber}/rest-accounts/${production.id}/close`,
    );
    expect(closed.status).toBe(200);
    const refused = await pollUntil(
      async () => {
        const response = await requestToken(system, key, production.clientId);
        return response.status === 401 ? response : undefined;
      },
      { what: 'the closed account refused', timeoutMs: 10_000, intervalMs: 20 },
    );
    expect(refused.body.error).toBe('invalid_client');
    expect(refused.body.error_description).toMatch(/closed|no longer active/);
  });
});
