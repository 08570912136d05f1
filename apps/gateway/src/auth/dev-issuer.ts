import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { DEV_ISSUER } from '../config/gateway-config';

const DEV_TOKEN_LIFETIME_SECONDS = 3600;

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

export interface DevTokenClaims {
  sub: string;
  name: string;
  email: string;
  roles?: string[];
}

/** A throw-away signing key made at start, for development and tests only; never on in production. */
export class DevIssuer {
  readonly issuer = DEV_ISSUER;

  private constructor(
    private readonly privateKey: SigningKey,
    readonly publicJwk: JWK,
    private readonly audience: string,
  ) {}

  static async create(audience: string): Promise<DevIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    return new DevIssuer(privateKey, { ...(await exportJWK(publicKey)), alg: 'ES256', kid: 'dev' }, audience);
  }

  async issue(claims: DevTokenClaims): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: number }> {
    const accessToken = await new SignJWT({ name: claims.name, email: claims.email, roles: claims.roles ?? [] })
      .setProtectedHeader({ alg: 'ES256', kid: 'dev' })
      .setSubject(claims.sub)
      .setIssuer(DEV_ISSUER)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(`${DEV_TOKEN_LIFETIME_SECONDS}s`)
      .sign(this.privateKey);
    return { accessToken, tokenType: 'Bearer', expiresIn: DEV_TOKEN_LIFETIME_SECONDS };
  }
}
