import { SignJWT } from 'jose';
import { createHash, createPrivateKey, type KeyObject, randomUUID, X509Certificate } from 'node:crypto';

/** The signing key and what the assertion's header says about it. */
export interface AssertionKey {
  key: KeyObject;
  alg: 'ES256' | 'RS256' | 'PS256';
  /** base64url SHA-256 of the certificate's DER: how Chaman finds the registered certificate. */
  kid: string;
}

export function assertionKey(privateKeyPem: string, certificatePem: string): AssertionKey {
  const key = createPrivateKey(privateKeyPem);
  const certificate = new X509Certificate(certificatePem);
  if (!certificate.checkPrivateKey(key)) throw new Error('the private key does not belong to the certificate');
  return { key, alg: algorithmOf(key), kid: createHash('sha256').update(certificate.raw).digest('base64url') };
}

function algorithmOf(key: KeyObject): AssertionKey['alg'] {
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'rsa-pss') return 'PS256';
  throw new Error(`a ${key.asymmetricKeyType} key cannot sign a client assertion here: use EC P-256 or RSA`);
}

/**
 * The client assertion (RFC 7523 §3): `iss` = `sub` = the client id, `aud` = the token endpoint, a fresh `jti`, a short
 * life (the server refuses more than 5 minutes), signed by the certificate's key.
 */
export function clientAssertion(clientId: string, tokenEndpoint: string, signer: AssertionKey): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: signer.alg, kid: signer.kid, typ: 'JWT' })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(tokenEndpoint)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(signer.key);
}
