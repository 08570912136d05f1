import { DEMO_CONSULT_SCOPE, OAUTH_PATHS, Quality } from '@chaman/contracts';
import { createDemoApi, demoApiConfigFromEnv, WHOAMI_PATH } from '@chaman/demo-api';
import { makeCertificate, type TestCertificate } from '@chaman/testing';
import type { FastifyInstance } from 'fastify';
import { type RunningSystem, startSystem } from '../../src';
import { delegationsOf, expectStatus } from '../delegation/delegation-fixtures';
import { type RegisteredEnterprise, registerEnterprise } from '../sender/sender-fixtures';
import { type RestClientRun, runRestClient, runRestClientUntil } from './rest-client-run';
import { registerCertificate, restAccount } from './token-fixtures';

/**
 * examples/rest-client as an integrator runs it, against the whole system (token-service, gateway's OAuth routes)
 * and the Demo v1 API: the company's own certificate, then a technical intermediary's under an accepted delegation
 * (on the company's account, and on the intermediary's own), until the company revokes it.
 */
describe('the example REST client against the real system', () => {
  let system: RunningSystem;
  let issuer: string;
  const demoApis: Record<'ACCEPTANCE' | 'PRODUCTION', { app: FastifyInstance; url: string }> = {} as never;
  let company: RegisteredEnterprise;
  let intermediary: RegisteredEnterprise;
  let accountId: string;
  let clientId: string;
  let companyCertificate: TestCertificate;
  let intermediaryCertificate: TestCertificate;
  /** The software house's one certificate, on a REST account of its own. */
  let houseCertificate: TestCertificate;
  let delegationId: string;

  const settingsOf = (certificate: TestCertificate, environment: 'ACCEPTANCE' | 'PRODUCTION' = 'ACCEPTANCE') => ({
    issuer,
    clientId,
    privateKeyPem: certificate.privateKeyPem,
    certificatePem: certificate.pem,
    apiUrl: demoApis[environment].url + WHOAMI_PATH,
  });
  const run = (certificate: TestCertificate, environment?: 'ACCEPTANCE' | 'PRODUCTION') =>
    runRestClient(settingsOf(certificate, environment));
  const runUntil = (certificate: TestCertificate, done: (result: RestClientRun) => boolean) =>
    runRestClientUntil(settingsOf(certificate), done);

  async function startDemoApi(environment: 'ACCEPTANCE' | 'PRODUCTION'): Promise<void> {
    const app = createDemoApi(
      demoApiConfigFromEnv({ JWKS_URL: issuer + OAUTH_PATHS.jwks, TOKEN_ISSUER: issuer, DEMO_API_ENVIRONMENT: environment }),
    );
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    demoApis[environment] = { app, url };
  }

  beforeAll(async () => {
    system = await startSystem();
    issuer = (await system.api.request('GET', OAUTH_PATHS.discovery)).body.issuer;
    await Promise.all([startDemoApi('ACCEPTANCE'), startDemoApi('PRODUCTION')]);
    company = await registerEnterprise(system, 7101, [Quality.CPAS]);
    intermediary = await registerEnterprise(system, 7102, [Quality.TECHNICAL_INTERMEDIARY]);
    ({ id: accountId, clientId } = await restAccount(system, company, Quality.CPAS, 'ACCEPTANCE', [
      DEMO_CONSULT_SCOPE,
      'dmfa:declaration:read',
    ]));
    [companyCertificate, intermediaryCertificate, houseCertificate] = await Promise.all(
      ['cpas', 'softhouse', 'all-clients.softhouse'].map((name) => makeCertificate({ commonName: `${name}.example.be` })),
    );
  }, 120_000);

  afterAll(async () => {
    for (const { app } of Object.values(demoApis)) await app.close();
    await system?.stop();
  });

  it("gets a token with the company's own certificate and the Demo API says whose it is", async () => {
    await registerCertificate(system, company, accountId, companyCertificate);
    const result = await runUntil(companyCertificate, (outcome) => outcome.code === 0);
    expect(result).toMatchObject({ code: 0 });
    expect(result.lines[0].token).toMatchObject({ scope: DEMO_CONSULT_SCOPE, expiresIn: 600 });
    expect(result.lines[1].api).toEqual({ company: company.cbe, clientId, scopes: [DEMO_CONSULT_SCOPE], environment: 'ACCEPTANCE' });
  });

  it("is refused by a PRODUCTION Demo API: an ACCEPTANCE account's token is not for it", async () => {
    const result = await run(companyCertificate, 'PRODUCTION');
    expect(result.code).toBe(1);
    expect(result.error?.error).toMatch(/answered 401 \(Bearer .*error="invalid_token".*urn:chaman:rest:production/);
  });

  it("gets the company's token with the intermediary's own certificate once the company delegated the account, naming the intermediary as actor", async () => {
    const asked = await delegationsOf(system, company).request({
      companyEnterpriseNumber: company.cbe,
      companyQuality: Quality.CPAS,
      intermediaryEnterpriseNumber: intermediary.cbe,
      restAccountId: accountId,
      scopes: [DEMO_CONSULT_SCOPE],
    });
    expectStatus(asked, 201);
    delegationId = asked.body.id;
    expectStatus(await delegationsOf(system, intermediary).act(delegationId, 'accept'), 200);
    // The sender-service lets the intermediary register on the account once it learns of the acceptance.
    const deadline = Date.now() + 10_000;
    let registered = await system.api.as(
      intermediary.chief,
      'POST',
      `/api/v1/enterprises/${intermediary.cbe}/rest-accounts/${accountId}/certificates`,
      { body: { name: 'softhouse', pem: intermediaryCertificate.pem } },
    );
    while (registered.status !== 201 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      registered = await system.api.as(
        intermediary.chief,
        'POST',
        `/api/v1/enterprises/${intermediary.cbe}/rest-accounts/${accountId}/certificates`,
        { body: { name: 'softhouse', pem: intermediaryCertificate.pem } },
      );
    }
    expectStatus(registered, 201);
    const result = await runUntil(intermediaryCertificate, (outcome) => outcome.code === 0);
    expect(result).toMatchObject({ code: 0 });
    expect(result.lines[1].api).toEqual({
      company: company.cbe,
      clientId,
      actingIntermediary: intermediary.cbe,
      scopes: [DEMO_CONSULT_SCOPE],
      environment: 'ACCEPTANCE',
    });
  });

  it("gets the company's token with the one certificate on the software house's own account, as for all its clients", async () => {
    const ownAccount = await restAccount(system, intermediary, Quality.TECHNICAL_INTERMEDIARY, 'ACCEPTANCE', [DEMO_CONSULT_SCOPE]);
    await registerCertificate(system, intermediary, ownAccount.id, houseCertificate);
    const result = await runUntil(houseCertificate, (outcome) => outcome.code === 0);
    expect(result).toMatchObject({ code: 0 });
    expect(result.lines[1].api).toMatchObject({ company: company.cbe, clientId, actingIntermediary: intermediary.cbe });
  });

  it("is refused a token with the intermediary's certificates once the company revoked the delegation, while the company's own still works", async () => {
    expectStatus(await delegationsOf(system, company).act(delegationId, 'revoke', { reason: 'Contract ended.' }), 200);
    for (const certificate of [intermediaryCertificate, houseCertificate]) {
      const refused = await runUntil(certificate, (outcome) => outcome.code !== 0);
      expect(refused.code).toBe(1);
      expect(refused.error).toMatchObject({ error: 'invalid_client', status: 401, description: expect.any(String) });
    }
    expect((await run(companyCertificate)).code).toBe(0);
  });
});
