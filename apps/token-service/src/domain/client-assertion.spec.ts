import { OAuthErrorCode } from '@chaman/contracts';
import { type KeyObject, sign } from 'node:crypto';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { readAssertion, rememberJtiUntil, verifyAssertion } from './client-assertion';
import { OAuthRefusal } from './oauth-refusal';

const CLIENT = 'client-0001';
const ISSUER = 'http://localhost:3000';
const ENDPOINT = `${ISSUER}/oauth/token`;
const NOW = new Date('2026-12-06T12:00:00Z');
const nowSeconds = NOW.getTime() / 1000;
const THUMBPRINT = 'abcDEF_-';

async function keys(alg: 'ES256' | 'RS256') {
  return (await generateKeyPair(alg)) as { publicKey: KeyObject; privateKey: KeyObject };
}

interface Options {
  alg?: 'ES256' | 'RS256' | 'PS256';
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
}

async function assertion(
  privateKey: KeyObject,
  { alg = 'ES256', header = { kid: THUMBPRINT }, claims = {} }: Options = {},
): Promise<string> {
  return new SignJWT({ jti: 'jti-1', ...claims })
    .setProtectedHeader({ alg, ...header })
    .setIssuer((claims.iss as string) ?? CLIENT)
    .setSubject((claims.sub as string) ?? CLIENT)
    .setAudience((claims.aud as string) ?? ENDPOINT)
    .setIssuedAt(nowSeconds)
    .setExpirationTime((claims.exp as number) ?? nowSeconds + 120)
    .sign(privateKey);
}

const expected = { clientId: CLIENT, audiences: [ENDPOINT, ISSUER], now: NOW };

async function refusalOf(promise: Promise<unknown> | (() => unknown)): Promise<OAuthRefusal> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof OAuthRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('client assertion', () => {
  let ec: { publicKey: KeyObject; privateKey: KeyObject };
  beforeAll(async () => {
    ec = await keys('ES256');
  });

  async function verified(token: string, key: KeyObject = ec.publicKey) {
    return verifyAssertion(token, readAssertion(token), key, expected);
  }

  it('accepts a well-formed ES256 assertion and remembers its jti until exp plus skew', async () => {
    const token = await assertion(ec.privateKey);
    const result = await verified(token);
    expect(result).toEqual({ jti: 'jti-1', acceptableUntil: new Date((nowSeconds + 180) * 1000) });
    // The jti recorded before the signature is checked is kept exactly as long.
    expect(rememberJtiUntil(readAssertion(token), NOW)).toEqual(result.acceptableUntil);
  });

  it('reads the thumbprint from x5t#S256 before kid', async () => {
    expect(readAssertion(await assertion(ec.privateKey, { header: { 'x5t#S256': 'x5t', kid: 'kid' } })).thumbprint).toBe('x5t');
  });

  it('accepts the issuer as aud', async () => {
    await expect(verified(await assertion(ec.privateKey, { claims: { aud: ISSUER } }))).resolves.toBeDefined();
  });

  it('accepts RS256 and PS256 with an RSA key', async () => {
    const rsa = await keys('RS256');
    for (const alg of ['RS256', 'PS256'] as const)
      await expect(verified(await assertion(rsa.privateKey, { alg }), rsa.publicKey)).resolves.toBeDefined();
  });

  it('refuses what is not a JWT (invalid_request)', async () => {
    expect((await refusalOf(() => readAssertion('not-a-jwt'))).code).toBe(OAuthErrorCode.invalid_request);
  });

  it('refuses an unsigned assertion (alg none)', async () => {
    const unsigned = new UnsecuredJWT({ jti: 'x' }).setIssuer(CLIENT).setSubject(CLIENT).setAudience(ENDPOINT).encode();
    const refusal = await refusalOf(() => readAssertion(unsigned));
    expect([refusal.code, refusal.description]).toEqual([OAuthErrorCode.invalid_client, expect.stringContaining('"none" is not accepted')]);
  });

  it('refuses an HMAC assertion', async () => {
    const hmac = await new SignJWT({ jti: 'x' })
      .setProtectedHeader({ alg: 'HS256', kid: THUMBPRINT })
      .setIssuer(CLIENT)
      .setSubject(CLIENT)
      .sign(new Uint8Array(32));
    expect((await refusalOf(() => readAssertion(hmac))).description).toContain('"HS256" is not accepted');
  });

  it('refuses an assertion that names no key', async () => {
    expect((await refusalOf(async () => readAssertion(await assertion(ec.privateKey, { header: {} })))).description).toContain('set kid');
  });

  it('refuses sub different from iss', async () => {
    expect(
      (await refusalOf(async () => readAssertion(await assertion(ec.privateKey, { claims: { sub: 'other' } })))).description,
    ).toContain('sub must equal its iss');
  });

  it('refuses an algorithm the key cannot produce (RS256 header, EC key)', async () => {
    const rsa = await keys('RS256');
    const refusal = await refusalOf(verified(await assertion(rsa.privateKey, { alg: 'RS256' }), ec.publicKey));
    expect(refusal.description).toContain('cannot produce');
  });

  it('refuses a wrong aud and names the token endpoint', async () => {
    const refusal = await refusalOf(verified(await assertion(ec.privateKey, { claims: { aud: 'https://elsewhere.example' } })));
    expect([refusal.code, refusal.description]).toEqual([OAuthErrorCode.invalid_client, expect.stringContaining(ENDPOINT)]);
  });

  it('refuses an expired assertion, beyond the 60 s skew', async () => {
    expect((await refusalOf(verified(await assertion(ec.privateKey, { claims: { exp: nowSeconds - 61 } })))).description).toContain(
      'expired',
    );
  });

  it('accepts an assertion expired within the 60 s skew', async () => {
    await expect(verified(await assertion(ec.privateKey, { claims: { exp: nowSeconds - 30 } }))).resolves.toBeDefined();
  });

  it('refuses an assertion living more than 5 minutes', async () => {
    expect((await refusalOf(verified(await assertion(ec.privateKey, { claims: { exp: nowSeconds + 3600 } })))).description).toContain(
      'too long-lived',
    );
  });

  it('refuses an assertion not valid yet (nbf beyond the skew)', async () => {
    expect((await refusalOf(verified(await assertion(ec.privateKey, { claims: { nbf: nowSeconds + 120 } })))).description).toContain(
      'not valid yet',
    );
  });

  it('refuses an iat in the future beyond the skew', async () => {
    const token = await new SignJWT({ jti: 'j' })
      .setProtectedHeader({ alg: 'ES256', kid: THUMBPRINT })
      .setIssuer(CLIENT)
      .setSubject(CLIENT)
      .setAudience(ENDPOINT)
      .setIssuedAt(nowSeconds + 120)
      .setExpirationTime(nowSeconds + 200)
      .sign(ec.privateKey);
    expect((await refusalOf(verified(token))).description).toContain('iat is in the future');
  });

  it('refuses an assertion without jti', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: THUMBPRINT })
      .setIssuer(CLIENT)
      .setSubject(CLIENT)
      .setAudience(ENDPOINT)
      .setExpirationTime(nowSeconds + 60)
      .sign(ec.privateKey);
    expect((await refusalOf(verified(token))).description).toContain('jti');
  });

  it('refuses an assertion signed by another key', async () => {
    const other = await keys('ES256');
    expect((await refusalOf(verified(await assertion(other.privateKey)))).description).toContain('signature does not verify');
  });

  it('remembers an unverified jti no longer than the longest-lived acceptable assertion', async () => {
    const longest = new Date((nowSeconds + 300 + 120) * 1000);
    expect(rememberJtiUntil(readAssertion(await assertion(ec.privateKey, { claims: { exp: nowSeconds + 86_400 } })), NOW)).toEqual(longest);
    const read = readAssertion(await assertion(ec.privateKey));
    expect(rememberJtiUntil({ ...read, exp: undefined }, NOW)).toEqual(longest);
  });

  it('refuses a header with critical extensions', async () => {
    const [, claims] = (await assertion(ec.privateKey)).split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'ES256', kid: THUMBPRINT, crit: ['urn:example'], 'urn:example': 1 })).toString(
      'base64url',
    );
    const signed = `${header}.${claims}`;
    const token = `${signed}.${sign('sha256', Buffer.from(signed), { key: ec.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
    expect((await refusalOf(verified(token))).description).toContain('crit');
  });

  it('refuses an assertion whose claims were changed after signing', async () => {
    const [header, , signature] = (await assertion(ec.privateKey)).split('.');
    const claims = Buffer.from(JSON.stringify({ iss: CLIENT, sub: CLIENT, aud: ENDPOINT, jti: 'other', exp: nowSeconds + 60 })).toString(
      'base64url',
    );
    expect((await refusalOf(verified(`${header}.${claims}.${signature}`))).description).toContain('signature does not verify');
  });

  it('refuses an RS256 signature presented as PS256', async () => {
    const rsa = await keys('RS256');
    const [, claims, signature] = (await assertion(rsa.privateKey, { alg: 'RS256' })).split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'PS256', kid: THUMBPRINT })).toString('base64url');
    expect((await refusalOf(verified(`${header}.${claims}.${signature}`, rsa.publicKey))).description).toContain(
      'signature does not verify',
    );
  });

  it("refuses another client's assertion", async () => {
    const token = await assertion(ec.privateKey, { claims: { iss: 'client-0002', sub: 'client-0002' } });
    expect((await refusalOf(verified(token))).description).toContain('your client id');
  });
});
