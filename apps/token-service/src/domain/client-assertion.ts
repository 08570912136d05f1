import { CLIENT_ASSERTION_ALGORITHMS, type ClientAssertionAlgorithm } from '@chaman/contracts';
import type { KeyObject } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, errors, type JWTPayload, jwtVerify } from 'jose';
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

/** Checks the signature with the certificate's key and every claim RFC 7523 §3 asks for. */
export async function verifyAssertion(
  assertion: string,
  read: UnverifiedAssertion,
  key: KeyObject,
  expected: AssertionExpectations,
): Promise<VerifiedAssertion> {
  if (!algorithmsOf(key).includes(read.alg)) {
    throw invalidClient(
      `the assertion is signed with ${read.alg}, which your certificate's key cannot produce; use ${algorithmsOf(key).join(' or ') || 'an RSA or P-256 certificate'}`,
    );
  }
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(assertion, key, {
      algorithms: [read.alg],
      issuer: expected.clientId,
      subject: expected.clientId,
      audience: expected.audiences,
      clockTolerance: CLOCK_SKEW_SECONDS,
      currentDate: expected.now,
      requiredClaims: ['exp', 'jti'],
    }));
  } catch (error) {
    throw invalidClient(describeFailure(error, expected.audiences));
  }
  const nowSeconds = Math.floor(expected.now.getTime() / 1000);
  const exp = claims.exp as number;
  if (exp > nowSeconds + MAX_ASSERTION_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS) {
    throw invalidClient(`the assertion is too long-lived: its exp must be at most ${MAX_ASSERTION_LIFETIME_SECONDS} seconds ahead`);
  }
  if (typeof claims.iat === 'number' && claims.iat > nowSeconds + CLOCK_SKEW_SECONDS) {
    throw invalidClient("the assertion's iat is in the future: check your clock");
  }
  if (typeof claims.jti !== 'string' || claims.jti === '')
    throw invalidClient('the assertion has no jti: give each assertion a unique one');
  return { jti: claims.jti, acceptableUntil: new Date((exp + CLOCK_SKEW_SECONDS) * 1000) };
}

function describeFailure(error: unknown, audiences: string[]): string {
  if (error instanceof errors.JWTExpired) return 'the assertion has expired (exp is past): sign a new one for each request';
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'aud':
        return `the assertion's aud must be the token endpoint ${audiences[0]} (or the issuer ${audiences[1]})`;
      case 'nbf':
        return 'the assertion is not valid yet (nbf is in the future): check your clock';
      case 'exp':
        return 'the assertion has no valid exp: set exp at most 5 minutes ahead';
      case 'jti':
        return 'the assertion has no jti: give each assertion a unique one';
      default:
        return `the assertion's ${error.claim} claim is not acceptable: ${error.message}`;
    }
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return "the assertion's signature does not verify with the certificate its kid names";
  return 'the assertion could not be verified';
}
