import { RestEnvironment } from '../sender/rest-account.view';

/** The Demo v1 API's one scope: what an integrator asks for to try its set-up. */
export const DEMO_CONSULT_SCOPE = 'scope:demo:consult';

/** Default `aud` of an access token per environment (`TOKEN_AUDIENCE_ACCEPTANCE`, `TOKEN_AUDIENCE_PRODUCTION`). */
export const DEFAULT_TOKEN_AUDIENCES: Record<RestEnvironment, string> = {
  [RestEnvironment.ACCEPTANCE]: 'urn:chaman:rest:acceptance',
  [RestEnvironment.PRODUCTION]: 'urn:chaman:rest:production',
};

/** RFC 7523 §2.2: the one client authentication the token endpoint accepts. */
export const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
export const CLIENT_CREDENTIALS_GRANT = 'client_credentials';

/** Signature algorithms of a client assertion; never `none`, never an HMAC. */
export const CLIENT_ASSERTION_ALGORITHMS = ['RS256', 'PS256', 'ES256'] as const;
export type ClientAssertionAlgorithm = (typeof CLIENT_ASSERTION_ALGORITHMS)[number];

/** The algorithm Chaman signs access tokens with, and their JOSE `typ` (RFC 9068). */
export const ACCESS_TOKEN_ALGORITHM = 'ES256';
export const ACCESS_TOKEN_TYPE = 'at+jwt';

/** The token endpoint's paths on the gateway's public origin (the issuer). */
export const OAUTH_PATHS = {
  discovery: '/.well-known/oauth-authorization-server',
  token: '/oauth/token',
  jwks: '/oauth/jwks',
  introspection: '/oauth/introspect',
} as const;
