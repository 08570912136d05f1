import { generateKeyPairSync } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { signEs256 } from './compact-jws';

describe('signEs256', () => {
  it('makes a compact JWS that a JOSE library verifies with the public key, header and claims as given', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const token = signEs256({ alg: 'ES256', typ: 'at+jwt', kid: 'k1' }, { sub: 'client', scope: 'a b', exp: 2_000_000_000 }, privateKey);
    const { payload } = await jwtVerify(token, publicKey, { algorithms: ['ES256'], typ: 'at+jwt' });
    expect(payload).toEqual({ sub: 'client', scope: 'a b', exp: 2_000_000_000 });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'at+jwt', kid: 'k1' });
  });

  it('signs with the key given: another key does not verify it', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey;
    await expect(jwtVerify(signEs256({ alg: 'ES256' }, { sub: 'x' }, privateKey), other)).rejects.toThrow('signature verification failed');
  });
});
