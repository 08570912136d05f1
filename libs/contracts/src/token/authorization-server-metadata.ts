import { CLIENT_ASSERTION_ALGORITHMS, CLIENT_CREDENTIALS_GRANT, DEMO_CONSULT_SCOPE, OAUTH_PATHS } from './token-constants';

/** RFC 8414 metadata, as `/.well-known/oauth-authorization-server` answers it. */
export interface AuthorizationServerMetadata {
  issuer: string;
  token_endpoint: string;
  jwks_uri: string;
  introspection_endpoint: string;
  grant_types_supported: string[];
  token_endpoint_auth_methods_supported: string[];
  token_endpoint_auth_signing_alg_values_supported: string[];
  introspection_endpoint_auth_methods_supported: string[];
  scopes_supported: string[];
  response_types_supported: string[];
}

/** The metadata of the authorisation server whose issuer is `issuer` (the gateway's public origin, no trailing slash). */
export function authorizationServerMetadata(issuer: string, scopes: readonly string[] = [DEMO_CONSULT_SCOPE]): AuthorizationServerMetadata {
  return {
    issuer,
    token_endpoint: issuer + OAUTH_PATHS.token,
    jwks_uri: issuer + OAUTH_PATHS.jwks,
    introspection_endpoint: issuer + OAUTH_PATHS.introspection,
    grant_types_supported: [CLIENT_CREDENTIALS_GRANT],
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: [...CLIENT_ASSERTION_ALGORITHMS],
    introspection_endpoint_auth_methods_supported: ['client_secret_basic'],
    scopes_supported: [...scopes],
    response_types_supported: [],
  };
}
