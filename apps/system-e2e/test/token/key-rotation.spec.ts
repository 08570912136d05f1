import { DEMO_CONSULT_SCOPE, Quality } from '@chaman/contracts';
import { makeCertificate, type TestCertificate } from '@chaman/testing';
import { tokenSettingsFromEnv } from '@chaman/token-service';
import { decodeProtectedHeader } from 'jose';
import { type RunningSystem, startSystem } from '../../src';
import { registerEnterprise } from '../sender/sender-fixtures';
import { type CreatedAccount, registerCertificate, requestToken, restAccount, tokenOnceProjected } from './token-fixtures';

/** Keys rotate every 4 s, each published 2 s before it signs; replicas re-read them every 200 ms. */
const FAST_ROTATION = tokenSettingsFromEnv({
  TOKEN_KEY_ROTATION_SECONDS: '4',
  TOKEN_KEY_PUBLISH_LEAD_SECONDS: '2',
  TOKEN_KEY_REFRESH_MS: '200',
  TOKEN_LIFETIME_SECONDS: '60',
});

describe('signing key rotation: the next key is in the JWKS before it signs, the old one stays while its tokens live', () => {
  let system: RunningSystem;
  let account: CreatedAccount;
  let certificate: TestCertificate;

  beforeAll(async () => {
    system = await startSystem({
      services: ['access', 'sender', 'token'],
      tokenSettings: FAST_ROTATION,
      gatewayOverrides: { tokenRateLimits: { perClientPerMinute: 1_000_000, perAddressPerMinute: 1_000_000 } },
    });
    const company = await registerEnterprise(system, 7201, [Quality.CPAS]);
    account = await restAccount(system, company, Quality.CPAS, 'ACCEPTANCE', [DEMO_CONSULT_SCOPE]);
    certificate = await makeCertificate();
    await registerCertificate(system, company, account.id, certificate);
    await tokenOnceProjected(system, certificate, account.clientId);
  });
  afterAll(() => system?.stop());

  it('signs with at least three keys in 11 s, each published well before its first token and kept after its last', async () => {
    const firstPublished = new Map<string, number>();
    const firstSigned = new Map<string, number>();
    const lastSigned = new Map<string, number>();
    const lastPublished = new Map<string, number>();
    const started = performance.now();
    while (performance.now() - started < 11_000) {
      const jwks = await system.api.request('GET', '/oauth/jwks');
      const at = performance.now();
      for (const { kid } of jwks.body.keys as Array<{ kid: string }>) {
        if (!firstPublished.has(kid)) firstPublished.set(kid, at);
        lastPublished.set(kid, at);
      }
      const token = await requestToken(system, certificate, account.clientId);
      expect(token.status).toBe(200);
      const { kid } = decodeProtectedHeader(token.body.access_token) as { kid: string };
      const signedAt = performance.now();
      if (!firstSigned.has(kid)) firstSigned.set(kid, signedAt);
      lastSigned.set(kid, signedAt);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const kids = [...firstSigned.keys()];
    expect(kids.length).toBeGreaterThanOrEqual(3);
    // Every key after the first was published at least a second before it signed (2 s lead, 200 ms refresh, load).
    for (const kid of kids.slice(1)) expect(firstSigned.get(kid)! - firstPublished.get(kid)!).toBeGreaterThan(1_000);
    // The retired keys stay published after their last token (they cover the tokens' 60 s lifetime).
    for (const kid of kids.slice(0, -1)) expect(lastPublished.get(kid)!).toBeGreaterThan(lastSigned.get(kid)!);
  }, 60_000);
});
