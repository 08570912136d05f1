import { createECDH, createHash, createPrivateKey, hkdfSync, type KeyObject, randomBytes } from 'node:crypto';
import { type JWK, SignJWT } from 'jose';
import { DEV_ISSUER } from '../config/gateway-config';
import type { IssuedDevToken } from './issued-dev-token';

const DEV_TOKEN_LIFETIME_SECONDS = 3600;

export interface DevTokenClaims {
  sub: string;
  name: string;
  email: string;
  roles?: string[];
}

/** A P-256 key whose private scalar comes from `seed` (32 bytes): the same seed gives the same key on every replica. */
export function p256KeyFrom(seed: Buffer): { privateKey: KeyObject; publicJwk: JWK } {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(seed);
  const point = ecdh.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
  const privateKey = createPrivateKey({ key: { ...jwk, d: seed.toString('base64url') }, format: 'jwk' });
  const kid = `dev-${createHash('sha256').update(point).digest('base64url').slice(0, 12)}`;
  return { privateKey, publicJwk: { ...jwk, alg: 'ES256', use: 'sig', kid } };
}

/**
 * The development token issuer, for development and tests only (never with NODE_ENV=production). Its key is derived
 * from `DEV_TOKENS_SECRET` when given, so a token from one replica verifies at another; otherwise it is random.
 */
export class DevIssuer {
  readonly issuer = DEV_ISSUER;

  private constructor(
    private readonly privateKey: KeyObject,
    readonly publicJwk: JWK,
    private readonly audience: string,
  ) {}

  static create(audience: string, secret?: string): DevIssuer {
    const seed = secret ? Buffer.from(hkdfSync('sha256', secret, 'chaman', 'dev token issuer P-256 key', 32)) : randomBytes(32);
    const { privateKey, publicJwk } = p256KeyFrom(seed);
    return new DevIssuer(privateKey, publicJwk, audience);
  }

  async issue(claims: DevTokenClaims): Promise<IssuedDevToken> {
    const accessToken = await new SignJWT({ name: claims.name, email: claims.email, roles: claims.roles ?? [] })
      .setProtectedHeader({ alg: 'ES256', kid: this.publicJwk.kid })
      .setSubject(claims.sub)
      .setIssuer(DEV_ISSUER)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(`${DEV_TOKEN_LIFETIME_SECONDS}s`)
      .sign(this.privateKey);
    return { accessToken, tokenType: 'Bearer', expiresIn: DEV_TOKEN_LIFETIME_SECONDS };
  }
}
