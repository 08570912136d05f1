/** Settings of the development identity provider, from its environment. */
export interface IdentityProviderConfig {
  port: number;
  host: string;
  /** The issuer URL browsers and the gateway both use (its discovery document is under it). */
  issuer: string;
  /** Chaman's gateway as a confidential client. */
  clientId: string;
  clientSecret: string;
  /** `aud` of the access tokens: what the gateway expects. */
  audience: string;
  /** The login form offers the operator role (chaman-admin): only with DEV_IDP_OPERATOR_LOGIN=true. */
  operatorLogin: boolean;
}

export const DEFAULT_IDP_PORT = 3900;
export const DEFAULT_CLIENT_ID = 'chaman-web';
export const DEFAULT_CLIENT_SECRET = 'chaman-dev-secret';

export function identityProviderConfigFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityProviderConfig {
  if (env.NODE_ENV === 'production') throw new Error('The development identity provider never runs with NODE_ENV=production.');
  const raw = env.DEV_IDP_PORT ?? String(DEFAULT_IDP_PORT);
  if (!/^\d+$/.test(raw)) throw new Error(`DEV_IDP_PORT must be a whole number, got "${raw}"`);
  const port = Number(raw);
  return {
    port,
    host: env.DEV_IDP_HOST ?? '127.0.0.1',
    issuer: env.DEV_IDP_ISSUER ?? `http://127.0.0.1:${port}`,
    clientId: env.DEV_IDP_CLIENT_ID ?? DEFAULT_CLIENT_ID,
    clientSecret: env.DEV_IDP_CLIENT_SECRET ?? DEFAULT_CLIENT_SECRET,
    audience: env.DEV_IDP_AUDIENCE ?? 'chaman',
    operatorLogin: env.DEV_IDP_OPERATOR_LOGIN === 'true',
  };
}
