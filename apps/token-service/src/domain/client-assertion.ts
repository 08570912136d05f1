import { CLIENT_ASSERTION_ALGORITHMS, type ClientAssertionAlgorithm } from '@chaman/contracts';
import { constants, type KeyObject, type VerifyKeyObjectInput, type VerifyPublicKeyInput, verify } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, type JWTPayload } from 'jose';
import { invalidClient, invalidRequest } from './oauth-refusal';

/** At most this far ahead may an assertion's `exp` be (RFC 7523 leaves it to the server). */
export const MAX_ASSERTION_LIFETIME_SECONDS = 300;
/** Clock skew tolerated on `exp`, `nbf` and `iat`. */
export const CLOCK_SKEW_SECONDS = 60;

/** What is read of an assertion before its signature is checked: enough to find the account and the key. */
export interface UnverifiedAssertion {
  clientId: string;
  /** base64url SHA-256 of the certificate's DER, from `x5t#S256` or `kid`. */
  thumbprint: string;
  alg: ClientAssertionAlgorithm;
  /** Recorded before the signature is checked (and forgotten when the assertion is refused): one round trip. */
  jti: string | undefined;
  exp: number | undefined;
  /** The decoded payload, checked by `verifyAssertion` once the signature verifies. */
  claims: JWTPayload;
  /** The header names critical extensions (`crit`): none is supported. */
  critical: boolean;
}

/** Reads the header and the `iss`/`sub` of an assertion; nothing read here is trusted until `verifyAssertion`. */
export function readAssertion(assertion: string): UnverifiedAssertion {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let claims: JWTPayload;
  try {
    header = decodeProtectedHeader(assertion);
    claims = decodeJwt(assertion);
  } catch {
    throw invalidRequest('client_assertion is not a signed JWT (header.payload.signature, base64url)');
  }
  if (!CLIENT_ASSERTION_ALGORITHMS.includes(header.alg as ClientAssertionAlgorithm)) {
    throw invalidClient(`the assertion's alg "${header.alg}" is not accepted; sign with ${CLIENT_ASSERTION_ALGORITHMS.join(', ')}`);
  }
  const thumbprint = header['x5t#S256'] ?? header.kid;
  if (typeof thumbprint !== 'string' || thumbprint === '') {
    throw invalidClient(
      "the assertion's header names no key: set kid (or x5t#S256) to the base64url SHA-256 thumbprint of your certificate",
    );
  }
  if (typeof claims.iss !== 'string' || claims.iss === '')
    throw invalidClient('the assertion has no iss: set iss and sub to your client id');
  if (claims.sub !== claims.iss) throw invalidClient("the assertion's sub must equal its iss: both are your client id");
  return {
    clientId: claims.iss,
    thumbprint,
    alg: header.alg as ClientAssertionAlgorithm,
    jti: typeof claims.jti === 'string' && claims.jti !== '' ? claims.jti : undefined,
    exp: typeof claims.exp === 'number' ? claims.exp : undefined,
    claims,
    critical: header.crit !== undefined,
  };
}

/**
 * How long to remember the jti of an assertion read but not yet verified: as long as it could be acceptable (the
 * `acceptableUntil` of `verifyAssertion` for every assertion it accepts), never longer than the longest-lived one.
 */
export function rememberJtiUntil(read: UnverifiedAssertion, now: Date): Date {
  const longest = Math.floor(now.getTime() / 1000) + MAX_ASSERTION_LIFETIME_SECONDS + 2 * CLOCK_SKEW_SECONDS;
  return new Date(Math.min(read.exp ?? longest, longest - CLOCK_SKEW_SECONDS) * 1000 + CLOCK_SKEW_SECONDS * 1000);
}

/** The algorithms a certificate's key can sign with. */
export function algorithmsOf(key: KeyObject): ClientAssertionAlgorithm[] {
  if (key.asymmetricKeyType === 'rsa') return ['RS256', 'PS256'];
  if (key.asymmetricKeyType === 'rsa-pss') return ['PS256'];
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return ['ES256'];
  return [];
}

export interface AssertionExpectations {
  clientId: string;
  /** The token endpoint's URL and the issuer: either is accepted as `aud`. */
  audiences: string[];
  now: Date;
}

export interface VerifiedAssertion {
  jti: string;
  /** When the assertion stops being acceptable, skew included: how long its jti must be remembered. */
  acceptableUntil: Date;
}

/**
 * Checks the signature with the certificate's key and every claim RFC 7523 §3 asks for, on the header and claims
 * `readAssertion` decoded (node:crypto verifies: the token endpoint does it once per request).
 */
export function verifyAssertion(
  assertion: string,
  read: UnverifiedAssertion,
  key: KeyObject,
  expected: AssertionExpectations,
): VerifiedAssertion {
  if (!algorithmsOf(key).includes(read.alg)) {
    throw invalidClient(
      `the assertion is signed with ${read.alg}, which your certificate's key cannot produce; use ${algorithmsOf(key).join(' or ') || 'an RSA or P-256 certificate'}`,
    );
  }
  if (read.critical) throw invalidClient("the assertion's header has crit: no critical extension is supported");
  if (!signatureVerifies(assertion, read.alg, key))
    throw invalidClient("the assertion's signature does not verify with the certificate its kid names");
  const claims = read.claims;
  const nowSeconds = Math.floor(expected.now.getTime() / 1000);
  const exp = claims.exp;
  if (typeof exp !== 'number') throw invalidClient('the assertion has no valid exp: set exp at most 5 minutes ahead');
  if (typeof claims.jti !== 'string' || claims.jti === '')
    throw invalidClient('the assertion has no jti: give each assertion a unique one');
  if (claims.iss !== expected.clientId || claims.sub !== expected.clientId)
    throw invalidClient("the assertion's iss and sub must both be your client id");
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud : [];
  if (!audiences.some((audience) => expected.audiences.includes(audience)))
    throw invalidClient(`the assertion's aud must be the token endpoint ${expected.audiences[0]} (or the issuer ${expected.audiences[1]})`);
  if (claims.iat !== undefined && typeof claims.iat !== 'number')
    throw invalidClient("the assertion's iat claim is not acceptable: it must be a number");
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf > nowSeconds + CLOCK_SKEW_SECONDS))
    throw invalidClient('the assertion is not valid yet (nbf is in the future): check your clock');
  if (exp <= nowSeconds - CLOCK_SKEW_SECONDS)
    throw invalidClient('the assertion has expired (exp is past): sign a new one for each request');
  if (exp > nowSeconds + MAX_ASSERTION_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS) {
    throw invalidClient(`the assertion is too long-lived: its exp must be at most ${MAX_ASSERTION_LIFETIME_SECONDS} seconds ahead`);
  }
  if (typeof claims.iat === 'number' && claims.iat > nowSeconds + CLOCK_SKEW_SECONDS) {
    throw invalidClient("the assertion's iat is in the future: check your clock");
  }
  return { jti: claims.jti, acceptableUntil: new Date((exp + CLOCK_SKEW_SECONDS) * 1000) };
}

/** node:crypto's parameters for each accepted algorithm (RFC 7518 §3.3–3.5: r‖s for ECDSA, salt of the hash's length for PSS). */
function verifierOf(alg: ClientAssertionAlgorithm, key: KeyObject): VerifyKeyObjectInput | VerifyPublicKeyInput {
  if (alg === 'ES256') return { key, dsaEncoding: 'ieee-p1363' };
  if (alg === 'PS256') return { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST };
  return { key, padding: constants.RSA_PKCS1_PADDING };
}

function signatureVerifies(assertion: string, alg: ClientAssertionAlgorithm, key: KeyObject): boolean {
  const dot = assertion.lastIndexOf('.');
  try {
    return verify('sha256', Buffer.from(assertion.slice(0, dot)), verifierOf(alg, key), Buffer.from(assertion.slice(dot + 1), 'base64url'));
  } catch {
    return false;
  }
}
