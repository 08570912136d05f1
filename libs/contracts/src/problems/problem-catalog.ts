import type { Problem } from './problem';

interface ProblemKind {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly type: string;
}

const belgif = (code: string, status: number, title: string): ProblemKind => ({
  code,
  status,
  title,
  type: `urn:problem-type:belgif:${code}`,
});

const chaman = (code: string, status: number, title: string): ProblemKind => ({
  code,
  status,
  title,
  type: `urn:problem-type:chaman:${code}`,
});

/** Every problem the system can answer with: the single source of error codes for all apps. */
export const Problems = {
  badRequest: belgif('badRequest', 400, 'Bad Request'),
  noAccessToken: belgif('noAccessToken', 401, 'No Access Token'),
  invalidAccessToken: belgif('invalidAccessToken', 401, 'Invalid Access Token'),
  expiredAccessToken: belgif('expiredAccessToken', 401, 'Expired Access Token'),
  missingPermission: belgif('missingPermission', 403, 'Missing Permission'),
  resourceNotFound: belgif('resourceNotFound', 404, 'Resource Not Found'),
  // Not in Belgif's catalogue, but the type the product contract names for a stale If-Match (DESIGN §3): kept as written.
  preconditionFailed: belgif('preconditionFailed', 412, 'Precondition Failed'),
  payloadTooLarge: belgif('payloadTooLarge', 413, 'Payload Too Large'),
  unsupportedMediaType: chaman('unsupportedMediaType', 415, 'Unsupported Media Type'),
  tooManyRequests: belgif('tooManyRequests', 429, 'Too Many Requests'),
  internalServerError: belgif('internalServerError', 500, 'Internal Server Error'),
  serviceUnavailable: belgif('serviceUnavailable', 503, 'Service Unavailable'),
  serviceTimeout: chaman('serviceTimeout', 504, 'Service Timeout'),
  devIssuerDisabled: chaman('devIssuerDisabled', 404, 'Development Token Issuer Disabled'),
  crossOriginRequestRefused: chaman('crossOriginRequestRefused', 403, 'Cross-Origin Request Refused'),
  loginFailed: chaman('loginFailed', 400, 'Login Failed'),
  idempotencyKeyReused: chaman('idempotencyKeyReused', 422, 'Idempotency Key Reused'),

  // access-service
  enterpriseAlreadyRegistered: chaman('enterpriseAlreadyRegistered', 409, 'Enterprise Already Registered'),
  missingTechnicalChannelsRight: chaman('missingTechnicalChannelsRight', 403, 'Missing Technical Channels Right'),
  chiefAccessManagerProtected: chaman('chiefAccessManagerProtected', 409, 'Chief Access Manager Protected'),
  permissionNotGrantable: chaman('permissionNotGrantable', 409, 'Permission Not Grantable'),

  // sender-service
  qualityNotHeld: chaman('qualityNotHeld', 409, 'Quality Not Held'),
  senderAlreadyExists: chaman('senderAlreadyExists', 409, 'Sender Already Exists'),
  senderNumbersExhausted: chaman('senderNumbersExhausted', 503, 'Sender Numbers Exhausted'),
  channelAlreadyExists: chaman('channelAlreadyExists', 409, 'Channel Already Exists'),
  invalidCertificate: chaman('invalidCertificate', 400, 'Invalid Certificate'),
  duplicateCertificate: chaman('duplicateCertificate', 409, 'Duplicate Certificate'),
  /** The sender or REST account was closed: it stays readable, nothing can be added to it or changed on it. */
  resourceClosed: chaman('resourceClosed', 409, 'Resource Closed'),

  // delegation-service
  qualityNotDelegable: chaman('qualityNotDelegable', 409, 'Quality Not Delegable'),
  notATechnicalIntermediary: chaman('notATechnicalIntermediary', 409, 'Not A Technical Intermediary'),
  notADelegationParty: chaman('notADelegationParty', 403, 'Not A Delegation Party'),
  transitionNotAllowed: chaman('transitionNotAllowed', 409, 'Transition Not Allowed'),
  liveDelegationExists: chaman('liveDelegationExists', 409, 'Live Delegation Exists'),
  relaunchLimitReached: chaman('relaunchLimitReached', 409, 'Relaunch Limit Reached'),
  /** A per-enterprise bound on stored things (REST accounts per sender, certificates per account): it says which and how many. */
  enterpriseLimitReached: chaman('enterpriseLimitReached', 409, 'Enterprise Limit Reached'),

  // notification-service: the link that confirms a technical contact's address
  verificationTokenUnknown: chaman('verificationTokenUnknown', 404, 'Verification Token Unknown'),
  verificationTokenExpired: chaman('verificationTokenExpired', 410, 'Verification Token Expired'),
  verificationTokenUsed: chaman('verificationTokenUsed', 409, 'Verification Token Used'),
  contactAlreadyVerified: chaman('contactAlreadyVerified', 409, 'Contact Already Verified'),

  // resource servers (demo-api): a valid access token without the scope the resource needs
  missingScope: belgif('missingScope', 403, 'Missing Scope'),
  /** The operator's desk replayed a parked event and its consumer failed on it again: it stays parked. */
  parkedEventStillFails: chaman('parkedEventStillFails', 409, 'Parked Event Still Fails'),
} as const satisfies Record<string, ProblemKind>;

export type ProblemCode = keyof typeof Problems;

/** Builds a problem of a catalogued kind; `extensions` carries `issues` or problem-specific members. */
export function problemOf(
  code: ProblemCode,
  detail?: string,
  extensions: Omit<Partial<Problem>, 'type' | 'title' | 'status' | 'code'> = {},
): Problem {
  const kind = Problems[code];
  return { type: kind.type, title: kind.title, status: kind.status, code: kind.code, detail, ...extensions };
}
