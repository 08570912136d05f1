import { boolFromEnv, busSettingsFromEnv, intFromEnv, isProduction, type NatsCredentials } from '@chaman/platform';
import { join } from 'node:path';

export interface JwtSettings {
  /** Remote JWKS of an identity provider whose tokens are accepted without discovery. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

/** The OpenID Connect provider the web client logs in with (authorization code + PKCE, through discovery). */
export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** The gateway's public origin (`https://chaman.example`); without it only loopback hosts may log in (development). */
  publicUrl?: string;
  scopes?: string;
}

/** The local copy of the rights (see docs/architecture.md, "Authorisation"). */
export interface RightsCopyConfig {
  enabled: boolean;
  heartbeatMs: number;
  maxSilenceMs: number;
}

export const DEFAULT_RIGHTS_COPY: RightsCopyConfig = { enabled: true, heartbeatMs: 50, maxSilenceMs: 250 };

export interface GatewayConfig {
  port: number;
  host: string;
  natsUrl: string;
  /** The gateway's own credentials on a secured bus (required in production). */
  natsCredentials?: NatsCredentials;
  subjectPrefix: string;
  logLevel: string;
  busTimeoutMs: number;
  /** Development mode: the built-in token issuer and `POST /api/v1/dev/tokens` are on. */
  devMode: boolean;
  jwt: JwtSettings;
  bodyLimitBytes: number;
  rateLimitPerMinute: number;
  /** Web login through an OpenID Connect provider; without it `/auth/*` answers 404 and only bearer tokens work. */
  oidc?: OidcSettings;
  /** Lifetime of a web session (absolute), in seconds. */
  sessionTtlSeconds?: number;
  /** The built single-page application (`apps/web/dist`); served at `/` when the folder exists. */
  webRoot?: string;
  /** Defaults to `DEFAULT_RIGHTS_COPY`. */
  rightsCopy?: RightsCopyConfig;
}

export const DEV_ISSUER = 'urn:chaman:dev-issuer';
export const DEFAULT_AUDIENCE = 'chaman';
export const DEFAULT_SESSION_TTL_SECONDS = 8 * 3600;
export const DEFAULT_WEB_ROOT = join(__dirname, '../../../web/dist');

function oidcFromEnv(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  if (!env.OIDC_ISSUER_URL) return undefined;
  if (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) throw new Error('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required with OIDC_ISSUER_URL');
  return { issuerUrl: env.OIDC_ISSUER_URL, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, publicUrl: env.PUBLIC_URL, scopes: env.OIDC_SCOPES };
}

/** Development mode is on unless production settings are given (NODE_ENV=production or a JWKS URL). */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = isProduction(env) || Boolean(env.JWT_JWKS_URL);
  const devMode = boolFromEnv(env, 'DEV_TOKENS', !production);
  const oidc = oidcFromEnv(env);
  if (!devMode && !env.JWT_JWKS_URL && !oidc) throw new Error('JWT_JWKS_URL or OIDC_ISSUER_URL is required when development tokens are off');
  return {
    ...busSettingsFromEnv(env, 'gateway'),
    port: intFromEnv(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    busTimeoutMs: intFromEnv(env, 'BUS_TIMEOUT_MS', 5_000),
    devMode,
    jwt: {
      jwksUrl: env.JWT_JWKS_URL,
      issuer: env.JWT_ISSUER ?? DEV_ISSUER,
      audience: env.JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
    },
    bodyLimitBytes: intFromEnv(env, 'BODY_LIMIT_BYTES', 64 * 1024),
    rateLimitPerMinute: intFromEnv(env, 'RATE_LIMIT_PER_MINUTE', 6_000),
    oidc,
    sessionTtlSeconds: intFromEnv(env, 'SESSION_TTL_SECONDS', DEFAULT_SESSION_TTL_SECONDS),
    webRoot: env.WEB_ROOT ?? DEFAULT_WEB_ROOT,
    rightsCopy: {
      enabled: boolFromEnv(env, 'RIGHTS_COPY', DEFAULT_RIGHTS_COPY.enabled),
      heartbeatMs: intFromEnv(env, 'RIGHTS_HEARTBEAT_MS', DEFAULT_RIGHTS_COPY.heartbeatMs),
      maxSilenceMs: intFromEnv(env, 'RIGHTS_MAX_SILENCE_MS', DEFAULT_RIGHTS_COPY.maxSilenceMs),
    },
  };
}
