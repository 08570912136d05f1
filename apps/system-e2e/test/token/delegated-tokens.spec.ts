import { DEFAULT_TOKEN_AUDIENCES, DEMO_CONSULT_SCOPE, Quality } from '@chaman/contracts';
import { makeCertificate, type TestCertificate } from '@chaman/testing';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { type ApiResponse, type RunningSystem, startSystem } from '../../src';
import { pollUntil } from '../../src/processes/poll-until';
import { delegationsOf, expectStatus } from '../delegation/delegation-fixtures';
import { registerEnterprise, type RegisteredEnterprise } from '../sender/sender-fixtures';
import { type CreatedAccount, registerCertificate, requestToken, restAccount, tokenOnceProjected } from './token-fixtures';

const NO_LIMITS = { perClientPerMinute: 1_000_000, perAddressPerMinute: 1_000_000 };
const OTHER_SCOPE = 'cpas:aid:read';

describe("tokens on a company's behalf: the intermediary's certificate, the delegation, and how soon changes take effect", () => {
  let system: RunningSystem;
  let company: RegisteredEnterprise;
  let intermediary: RegisteredEnterprise;
  let account: CreatedAccount;
  let intermediaryAccount: CreatedAccount;
  let intermediaryCertificate: TestCertificate;
  let asCompany: ReturnType<typeof delegationsOf>;
  let asIntermediary: ReturnType<typeof delegationsOf>;
  /** Commit → first refused token request, per change, in ms. */
  const delays: Array<{ change: string; ms: number }> = [];

  /** An accepted delegation of the company's account to the intermediary. */
  async function acceptedDelegation(scopes = [DEMO_CONSULT_SCOPE, OTHER_SCOPE]): Promise<string> {
    const request = await asIntermediary.request({
      companyEnterpriseNumber: company.cbe,
      companyQuality: Quality.CPAS,
      intermediaryEnterpriseNumber: intermediary.cbe,
      restAccountId: account.id,
      scopes,
    });
    expectStatus(request, 201);
    expectStatus(await asCompany.act(request.body.id, 'accept'), 200);
    return request.body.id;
  }

  /** Makes the change, then asks for tokens back to back until one is refused; records the delay from the change's answer. */
  async function measure(
    change: string,
    makeChange: () => Promise<ApiResponse>,
    refused: (response: ApiResponse) => boolean,
    ask: () => Promise<ApiResponse>,
  ): Promise<ApiResponse> {
    const response = await makeChange();
    expect(response.status).toBeLessThan(300);
    const committed = performance.now();
    for (;;) {
      const answer = await ask();
      if (refused(answer)) {
        delays.push({ change, ms: performance.now() - committed });
        return answer;
      }
      if (performance.now() - committed > 20_000) throw new Error(`${change}: still accepted 20 s after the commit`);
    }
  }

  beforeAll(async () => {
    system = await startSystem({ services: ['access', 'sender', 'delegation', 'token'], gatewayOverrides: { tokenRateLimits: NO_LIMITS } });
    company = await registerEnterprise(system, 7101, [Quality.CPAS]);
    intermediary = await registerEnterprise(system, 7102, [Quality.TECHNICAL_INTERMEDIARY]);
    account = await restAccount(system, company, Quality.CPAS, 'ACCEPTANCE', [DEMO_CONSULT_SCOPE, OTHER_SCOPE]);
    intermediaryAccount = await restAccount(system, intermediary, Quality.TECHNICAL_INTERMEDIARY, 'ACCEPTANCE', [DEMO_CONSULT_SCOPE]);
    intermediaryCertificate = await makeCertificate({ commonName: 'software-house.example.be' });
    await registerCertificate(system, intermediary, intermediaryAccount.id, intermediaryCertificate);
    [asCompany, asIntermediary] = [company, intermediary].map((party) => delegationsOf(system, party));
  });
  afterAll(() => system?.stop());

  it("refuses the intermediary's certificate for the company's client before any delegation", async () => {
    await tokenOnceProjected(system, intermediaryCertificate, intermediaryAccount.clientId);
    const response = await requestToken(system, intermediaryCertificate, account.clientId);
    expect([response.status, response.body.error]).toEqual([401, 'invalid_client']);
    expect(response.body.error_description).toContain('no accepted delegation');
  });

  it("issues, with the certificate on the intermediary's own account, a token whose subject is the company's client and whose actor is the intermediary", async () => {
    await acceptedDelegation([DEMO_CONSULT_SCOPE]);
    const response = await tokenOnceProjected(system, intermediaryCertificate, account.clientId);
    const { payload } = await jwtVerify(response.body.access_token, createRemoteJWKSet(new URL(`${system.api.baseUrl}/oauth/jwks`)), {
      issuer: system.api.baseUrl,
      audience: DEFAULT_TOKEN_AUDIENCES.ACCEPTANCE,
    });
    // The account has two scopes; the delegation grants one.
    expect(payload).toMatchObject({
      sub: account.clientId,
      client_id: account.clientId,
      enterprise_number: company.cbe,
      act: { sub: intermediary.cbe },
      scope: DEMO_CONSULT_SCOPE,
    });
  });

  it('refuses the next request once the company revokes', async () => {
    const [delegation] = (await asCompany.list('?status=ACCEPTED')).body.items as Array<{ id: string }>;
    const refused = await measure(
      'delegation revoked',
      () => asCompany.act(delegation.id, 'revoke'),
      (answer) => answer.status === 401,
      () => requestToken(system, intermediaryCertificate, account.clientId),
    );
    expect(refused.body).toMatchObject({ error: 'invalid_client', error_description: expect.stringContaining('no accepted delegation') });
  });

  it("accepts the intermediary's certificate registered on the company's account under the delegation", async () => {
    const delegation = await acceptedDelegation();
    const onAccount = await makeCertificate({ commonName: 'software-house-on-account.example.be' });
    // The sender-service learns of the delegation from its event: the intermediary may register once it has.
    const certificates = `/api/v1/enterprises/${intermediary.cbe}/rest-accounts/${account.id}/certificates`;
    await pollUntil(
      async () =>
        (await system.api.as(intermediary.chief, 'POST', certificates, { body: { name: 'on the account', pem: onAccount.pem } })).status ===
        201,
      {
        what: "the intermediary registering on the company's account",
        timeoutMs: 10_000,
        intervalMs: 50,
      },
    );
    const response = await tokenOnceProjected(system, onAccount, account.clientId);
    expect(response.body.scope.split(' ').sort()).toEqual([DEMO_CONSULT_SCOPE, OTHER_SCOPE].sort());
    expectStatus(await asCompany.act(delegation, 'revoke'), 200);
  });

  it('takes every change into account at the next request: 52 changes, worst case and median reported', async () => {
    // Delegations revoked.
    for (let round = 0; round < 20; round += 1) {
      const delegation = await acceptedDelegation();
      await tokenOnceProjected(system, intermediaryCertificate, account.clientId);
      await measure(
        'delegation revoked',
        () => asCompany.act(delegation, 'revoke'),
        (answer) => answer.status === 401,
        () => requestToken(system, intermediaryCertificate, account.clientId),
      );
    }
    // Scopes narrowed: the scope asked for leaves the delegation.
    const delegation = await acceptedDelegation();
    for (let round = 0; round < 16; round += 1) {
      await tokenOnceProjected(system, intermediaryCertificate, account.clientId, DEMO_CONSULT_SCOPE);
      await measure(
        'scopes narrowed',
        () => asCompany.changeScopes(delegation, [OTHER_SCOPE]),
        (answer) => answer.status === 400 && answer.body.error === 'invalid_scope',
        () => requestToken(system, intermediaryCertificate, account.clientId, DEMO_CONSULT_SCOPE),
      );
      expectStatus(await asCompany.changeScopes(delegation, [DEMO_CONSULT_SCOPE, OTHER_SCOPE]), 200);
    }
    // Certificates removed.
    for (let round = 0; round < 16; round += 1) {
      const certificate = await makeCertificate();
      const id = await registerCertificate(system, company, account.id, certificate);
      await tokenOnceProjected(system, certificate, account.clientId);
      await measure(
        'certificate removed',
        () => system.api.as(company.chief, 'DELETE', `/api/v1/enterprises/${company.cbe}/rest-accounts/${account.id}/certificates/${id}`),
        (answer) => answer.status === 401,
        () => requestToken(system, certificate, account.clientId),
      );
    }
    const sorted = delays.map((delay) => delay.ms).sort((a, b) => a - b);
    const p50 = sorted[Math.floor(sorted.length / 2)];
    const worst = delays.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(
      `revocation delay over ${sorted.length} changes: p50 ${p50.toFixed(1)} ms, worst ${worst.ms.toFixed(1)} ms (${worst.change})`,
    );
    expect(sorted.length).toBeGreaterThanOrEqual(50);
    expect(worst.ms).toBeLessThan(5_000);
  }, 300_000);
});
