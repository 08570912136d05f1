import { DEFAULT_TOKEN_AUDIENCES, OAUTH_PATHS, RestEnvironment } from '@chaman/contracts';

/** Settings of the Demo API, from its environment. */
export interface DemoApiConfig {
  port: number;
  host: string;
  /** The only thing it trusts: the token-service's public keys, as the gateway serves them. */
  jwksUrl: string;
  /** The `iss` a token may carry: the gateway's public origin (in development, each loopback origin it answers on). */
  issuers: string[];
  /** Which of the two worlds this Demo API belongs to; its tokens' `aud` follows. */
  environment: RestEnvironment;
  /** `aud` a token must carry to be accepted here. */
  audience: string;
}

export const DEFAULT_DEMO_API_PORT = 3950;
export const DEFAULT_JWKS_URL = `http://localhost:3000${OAUTH_PATHS.jwks}`;

export function demoApiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DemoApiConfig {
  const rawPort = env.DEMO_API_PORT ?? String(DEFAULT_DEMO_API_PORT);
  if (!/^\d+$/.test(rawPort)) throw new Error(`DEMO_API_PORT must be a whole number, got "${rawPort}"`);
  const jwksUrl = env.JWKS_URL ?? DEFAULT_JWKS_URL;
  const environment = (env.DEMO_API_ENVIRONMENT ?? RestEnvironment.ACCEPTANCE) as RestEnvironment;
  if (!Object.values(RestEnvironment).includes(environment)) {
    throw new Error(`DEMO_API_ENVIRONMENT must be ${Object.values(RestEnvironment).join(' or ')}, got "${environment}"`);
  }
  return {
    port: Number(rawPort),
    host: env.DEMO_API_HOST ?? '127.0.0.1',
    jwksUrl,
    // The issuer is the origin that serves the JWKS unless told otherwise (several separated by commas).
    issuers: (env.TOKEN_ISSUER ?? new URL(jwksUrl).origin)
      .split(',')
      .map((issuer) => issuer.trim().replace(/\/$/, ''))
      .filter(Boolean),
    environment,
    audience: audienceOf(environment, env),
  };
}

function audienceOf(environment: RestEnvironment, env: NodeJS.ProcessEnv): string {
  return environment === RestEnvironment.PRODUCTION
    ? (env.TOKEN_AUDIENCE_PRODUCTION ?? DEFAULT_TOKEN_AUDIENCES.PRODUCTION)
    : (env.TOKEN_AUDIENCE_ACCEPTANCE ?? DEFAULT_TOKEN_AUDIENCES.ACCEPTANCE);
}
