import { OAuthController } from './oauth.controller';
import { TokenUsageController } from './token-usage.controller';

export const TOKEN_CONTROLLERS = [OAuthController, TokenUsageController];
/** The OAuth routes live on the gateway's origin, outside /api/v1 (RFC 8414 discovery is at a fixed path). */
export const OAUTH_ROUTES = ['.well-known/oauth-authorization-server', 'oauth/jwks', 'oauth/introspect'];
export { OAuthIssuer } from './oauth-issuer';
export { OAuthRateLimits } from './oauth-rate-limits';
export { mountTokenEndpoint } from './token-endpoint';
