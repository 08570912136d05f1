import { boolFromEnv, busSettingsFromEnv, intFromEnv, isProduction, type NatsCredentials } from '@chaman/platform';

export interface JwtSettings {
  /** Remote JWKS of the identity provider (production). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
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
  /** Defaults to `DEFAULT_RIGHTS_COPY`. */
  rightsCopy?: RightsCopyConfig;
}

export const DEV_ISSUER = 'urn:chaman:dev-issuer';
export const DEFAULT_AUDIENCE = 'chaman';

/** Development mode is on unless production settings are given (NODE_ENV=production or a JWKS URL). */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = isProduction(env) || Boolean(env.JWT_JWKS_URL);
  const devMode = boolFromEnv(env, 'DEV_TOKENS', !production);
  if (!devMode && !env.JWT_JWKS_URL) throw new Error('JWT_JWKS_URL is required when development tokens are off');
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
    rightsCopy: {
      enabled: boolFromEnv(env, 'RIGHTS_COPY', DEFAULT_RIGHTS_COPY.enabled),
      heartbeatMs: intFromEnv(env, 'RIGHTS_HEARTBEAT_MS', DEFAULT_RIGHTS_COPY.heartbeatMs),
      maxSilenceMs: intFromEnv(env, 'RIGHTS_MAX_SILENCE_MS', DEFAULT_RIGHTS_COPY.maxSilenceMs),
    },
  };
}
