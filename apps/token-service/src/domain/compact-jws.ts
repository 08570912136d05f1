import { type KeyObject, sign } from 'node:crypto';

const encoded = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A compact ES256 JWS (RFC 7515 §7.1, RFC 7518 §3.4: the signature as r‖s) made with node:crypto directly: the token
 * endpoint signs one per request, and a JOSE library's key checks on every call cost several times the signature.
 */
export function signEs256(header: object, claims: object, key: KeyObject): string {
  const signingInput = `${encoded(header)}.${encoded(claims)}`;
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}
