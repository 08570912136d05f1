import type { IncomingMessage } from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type * as OidcProviderModule from 'oidc-provider';
import { Accounts, OPERATOR_ROLE, profileFrom, validLogin } from './accounts';
import type { IdentityProviderConfig } from './identity-provider-config';
import { escapeHtml, loginPage } from './login-page';

type Provider = OidcProviderModule.default;
type KoaContext = OidcProviderModule.KoaContextWithOIDC;

const SCOPES = 'openid profile email roles';
const API_RESOURCE = 'urn:chaman:api';
const MAX_FORM_BYTES = 8 * 1024;
const LOOPBACK = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/i;

function isLoopbackHttpUri(uri: string): boolean {
  try {
    const url = new URL(uri);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.test(url.hostname);
  } catch {
    return false;
  }
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_FORM_BYTES) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

/**
 * An OpenID Connect provider (oidc-provider) for development: Chaman's gateway is its one confidential client,
 * allowed any loopback redirect URI; the login asks for a user id only and there is no consent screen. Access
 * tokens are JWTs for the Chaman API (`aud` = the gateway's audience) carrying name, e-mail and roles.
 */
export async function createIdentityProvider(config: IdentityProviderConfig): Promise<Provider> {
  // oidc-provider is an ES module.
  const { default: OidcProvider, interactionPolicy } = await import('oidc-provider');
  // The form every time, even with a provider session: switching people needs no logout here.
  const policy = interactionPolicy.base();
  policy
    .get('login')!
    .checks.add(
      new interactionPolicy.Check(
        'dev_always',
        'The development provider asks who you are on every login',
        (ctx) => !ctx.oidc.result?.login,
      ),
    );
  const accounts = new Accounts();
  const signingKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });

  const provider = new OidcProvider(config.issuer, {
    clients: [
      {
        client_id: config.clientId,
        client_secret: config.clientSecret,
        client_name: 'Chaman',
        redirect_uris: ['http://127.0.0.1/auth/callback'],
        post_logout_redirect_uris: ['http://127.0.0.1/'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        id_token_signed_response_alg: 'ES256',
      },
    ],
    // Says what it is, so that a production gateway refuses it (`chaman_development_provider`).
    discovery: { chaman_development_provider: true },
    jwks: { keys: [{ ...signingKey, alg: 'ES256', use: 'sig', kid: `dev-${randomBytes(4).toString('hex')}` }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    scopes: SCOPES.split(' '),
    claims: { openid: ['sub'], profile: ['name'], email: ['email'], roles: ['roles'] },
    // The ID token carries the person (name, e-mail, roles): the gateway's session is built from it.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ ...accounts.find(sub) }) }),
    extraTokenClaims: async (_ctx, token) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const { name, email, roles } = accounts.find(token.accountId);
      return { name, email, roles };
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'api',
          audience: config.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 3600,
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // No consent screen for Chaman's own client: its grant is made on the spot.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx;
      if (!oidc.client || !oidc.session?.accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) {
        const existing = await oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
      grant.addOIDCScope(SCOPES);
      grant.addOIDCClaims(['sub', 'name', 'email', 'roles']);
      grant.addResourceScope(API_RESOURCE, 'api');
      await grant.save();
      return grant;
    },
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, IdToken: 3600, AccessToken: 3600, AuthorizationCode: 60 },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body><main><h1>Error</h1><p>${escapeHtml(String(out.error))}: ${escapeHtml(String(out.error_description ?? ''))}</p></main></body></html>`;
    },
  });
  // Chaman runs on whichever loopback host and port the developer chose: accept them all, and nothing else.
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(uri: string) {
    return isLoopbackHttpUri(uri);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(uri: string) {
    return isLoopbackHttpUri(uri);
  };
  provider.use(interactions(provider, accounts, config.operatorLogin));
  return provider;
}

/** The login page and its form post: `/interaction/<uid>` and `/interaction/<uid>/login`. */
function interactions(provider: Provider, accounts: Accounts, operatorLogin: boolean) {
  return async (ctx: KoaContext, next: () => Promise<unknown>) => {
    const match = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/.exec(ctx.path);
    if (!match) return next();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const client = await provider.Client.find(String(details.params.client_id));
    const clientName = client?.clientName ?? 'Chaman';
    const action = `/interaction/${details.uid}/login`;
    ctx.set('cache-control', 'no-store');
    if (ctx.method === 'GET' && !match[2]) {
      ctx.type = 'html';
      ctx.body = loginPage(action, clientName, undefined, operatorLogin);
      return undefined;
    }
    if (ctx.method !== 'POST' || !match[2]) return next();
    const form = await readForm(ctx.req);
    const login = (form.get('login') ?? '').trim();
    if (!validLogin(login)) {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = loginPage(action, clientName, 'Enter a user id: letters, digits and . _ @ + - (up to 255).', operatorLogin);
      return undefined;
    }
    const profile = profileFrom(
      login,
      form.get('name') ?? '',
      form.get('email') ?? '',
      operatorLogin && form.getAll('roles').includes(OPERATOR_ROLE),
    );
    accounts.remember(profile);
    const redirect = await provider.interactionResult(
      ctx.req,
      ctx.res,
      { login: { accountId: profile.sub } },
      { mergeWithLastSubmission: false },
    );
    ctx.status = 303;
    ctx.redirect(redirect);
    return undefined;
  };
}
