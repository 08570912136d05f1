import { ProblemException } from '@chaman/contracts';
import type * as OpenIdClient from 'openid-client';
import type { OidcSettings } from '../../config/gateway-config';
import { isLoopbackHost } from '../../web/request-origin';
import { OPERATOR_ROLE, type Principal } from '../principal';

const DEFAULT_SCOPES = 'openid profile email roles';
/** What the development identity provider says of itself in its discovery document. */
export const DEVELOPMENT_PROVIDER_MARKER = 'chaman_development_provider';

/** A production gateway never trusts the development provider (any user id, any role); it knows it by its discovery document. */
export function refuseDevelopmentProvider(metadata: Record<string, unknown>, production: boolean | undefined): void {
  if (production && metadata[DEVELOPMENT_PROVIDER_MARKER] === true) {
    throw new Error(
      `${String(metadata.issuer)} is the development identity provider (${DEVELOPMENT_PROVIDER_MARKER} in its discovery document), refused with NODE_ENV=production`,
    );
  }
}

type Client = typeof OpenIdClient;

// openid-client is an ES module; Node loads it from this CommonJS build on first use.
const loadClient = (): Promise<Client> => import('openid-client');

export interface AuthorizationStart {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface ProviderMetadata {
  issuer: string;
  jwksUri?: string;
}

/**
 * The gateway as an OpenID Connect relying party: discovery on first use (retried after a failure, so the gateway
 * starts before its provider), authorization code with PKCE, and RP-initiated logout where the provider offers it.
 */
export class OidcClient {
  private discovered: Promise<{ client: Client; configuration: OpenIdClient.Configuration }> | null = null;

  constructor(private readonly settings: OidcSettings) {}

  async metadata(): Promise<ProviderMetadata> {
    const { configuration } = await this.discover();
    const metadata = configuration.serverMetadata();
    return { issuer: metadata.issuer, jwksUri: metadata.jwks_uri };
  }

  async start(redirectUri: string): Promise<AuthorizationStart> {
    const { client, configuration } = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes ?? DEFAULT_SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /** Exchanges the callback's code; the ID token's claims (verified by openid-client) become the person. */
  async finish(
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string; redirectUri: string },
  ): Promise<{ principal: Principal; idToken?: string }> {
    const { client, configuration } = await this.discover();
    const tokens = await client.authorizationCodeGrant(
      configuration,
      callbackUrl,
      { pkceCodeVerifier: expected.codeVerifier, expectedState: expected.state, expectedNonce: expected.nonce, idTokenExpected: true },
      { redirect_uri: expected.redirectUri },
    );
    const claims = tokens.claims();
    if (!claims?.sub) throw new Error('the ID token has no subject');
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((role): role is string => typeof role === 'string') : [];
    return {
      principal: {
        userId: claims.sub,
        name: typeof claims.name === 'string' ? claims.name : undefined,
        email: typeof claims.email === 'string' ? claims.email : undefined,
        roles,
        isOperator: roles.includes(OPERATOR_ROLE),
      },
      idToken: tokens.id_token,
    };
  }

  /** Where the browser ends its provider session, or undefined when the provider has no end-session endpoint. */
  async endSessionUrl(idToken: string | undefined, postLogoutRedirectUri: string): Promise<string | undefined> {
    const { client, configuration } = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    const parameters: Record<string, string> = { post_logout_redirect_uri: postLogoutRedirectUri, client_id: this.settings.clientId };
    if (idToken) parameters.id_token_hint = idToken;
    return client.buildEndSessionUrl(configuration, parameters).href;
  }

  private discover(): Promise<{ client: Client; configuration: OpenIdClient.Configuration }> {
    this.discovered ??= (async () => {
      const client = await loadClient();
      const issuer = new URL(this.settings.issuerUrl);
      // Plain HTTP only to a provider on this machine (the development provider); anything else must be HTTPS.
      const execute = issuer.protocol === 'http:' && isLoopbackHost(issuer.host) ? [client.allowInsecureRequests] : [];
      const configuration = await client.discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, {
        execute,
        timeout: 5,
      });
      refuseDevelopmentProvider(configuration.serverMetadata(), this.settings.production);
      return { client, configuration };
    })().catch((error: Error) => {
      this.discovered = null;
      throw ProblemException.of('serviceUnavailable', `The identity provider is unreachable: ${error.message}`);
    });
    return this.discovered;
  }
}
