import { SignJWT } from 'jose';
import { hkdfSync } from 'node:crypto';
import { DEFAULT_AUDIENCE, DEV_ISSUER } from '../config/gateway-config';
import { DevIssuer, p256KeyFrom } from './dev-issuer';
import { TokenVerifier } from './token-verifier';

const SECRET = 'a development secret of at least thirty-two characters';

/** A token signed with the development issuer's key (derived from the same secret), with the claims given. */
function signed(claims: Record<string, unknown>): Promise<string> {
  const { privateKey, publicJwk } = p256KeyFrom(Buffer.from(hkdfSync('sha256', SECRET, 'chaman', 'dev token issuer P-256 key', 32)));
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: publicJwk.kid })
    .setSubject('alice')
    .setIssuer(DEV_ISSUER)
    .setAudience(DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);
}

describe('bearer tokens the gateway believes', () => {
  const verifier = new TokenVerifier({ issuer: DEV_ISSUER, audience: DEFAULT_AUDIENCE }, DevIssuer.create(DEFAULT_AUDIENCE, SECRET));

  it('accepts an access token, and refuses an ID token (it carries the login nonce) signed by the same issuer for the same audience', async () => {
    await expect(verifier.verify(`Bearer ${await signed({ roles: [] })}`)).resolves.toMatchObject({ userId: 'alice' });
    await expect(verifier.verify(`Bearer ${await signed({ nonce: 'n-123', roles: ['chaman-admin'] })}`)).rejects.toMatchObject({
      problem: expect.objectContaining({ type: 'urn:problem-type:belgif:invalidAccessToken' }),
    });
  });
});
