import { boolFromEnv, busSettingsFromEnv, intFromEnv, isProduction, type NatsCredentials } from '@chaman/platform';
import { join } from 'node:path';

export interface JwtSettings {
  /** Remote JWKS of an identity provider whose tokens are accepted without discovery. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** Signature algorithms accepted, whatever the key; defaults to `DEFAULT_JWT_ALGORITHMS`. */
  algorithms?: string[];
}

/** The OpenID Connect provider the web client logs in with (authorization code + PKCE, through discovery). */
export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** The gateway's public origin (`https://chaman.example`); without it only loopback hosts may log in (development). */
  publicUrl?: string;
  scopes?: string;
  /** Production (NODE_ENV=production): a provider whose discovery says it is the development one is refused. */
  production?: boolean;
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
  /** Replicas of the key-value buckets it creates (web sessions): 3 on a three-node NATS cluster. */
  streamReplicas?: number;
  logLevel: string;
  busTimeoutMs: number;
  /** Development mode: the built-in token issuer and `POST /api/v1/dev/tokens` (loopback callers only) are on. */
  devMode: boolean;
  /** Derives the dev issuer's signing key, so every replica given the same secret signs and verifies alike. */
  devTokensSecret?: string;
  jwt: JwtSettings;
  bodyLimitBytes: number;
  /** Requests per minute per verified person (token subject or web session). */
  rateLimitPerMinute: number;
  /** Requests per minute per client address, counted before authentication; defaults to `rateLimitPerMinute`. */
  rateLimitPerAddressPerMinute?: number;
  /** Requests per minute per client address to `/auth/*` (public, unauthenticated); defaults to the per-address limit. */
  authRateLimitPerMinute?: number;
  /**
   * How many gateway replicas share the limits above (GATEWAY_REPLICAS): counters are per replica, so each replica
   * allows limit / replicas, and the deployment as a whole never more than the limit, however requests are spread.
   */
  replicas?: number;
  /** Proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client; none trusted by default. */
  trustedProxies?: string[];
  /** Swagger UI at /api/docs (SWAGGER_UI; off in production: its inline scripts would run on the session's origin). */
  swaggerUi?: boolean;
  /** Prometheus `/metrics` listens here, never on the public port; absent: no metrics listener (0: any free port). */
  metricsPort?: number;
  /** Web login through an OpenID Connect provider; without it `/auth/*` answers 404 and only bearer tokens work. */
  oidc?: OidcSettings;
  /** Lifetime of a web session (absolute), in seconds. */
  sessionTtlSeconds?: number;
  /** The built single-page application (`apps/web/dist`); served at `/` when the folder exists. */
  webRoot?: string;
  /** Defaults to `DEFAULT_RIGHTS_COPY`. */
  rightsCopy?: RightsCopyConfig;
  /** The gateway's public origin (`PUBLIC_URL`): the OAuth issuer; without it, a loopback request's own origin (development). */
  publicUrl?: string;
  /** Token requests per minute per client id and per address (`TOKEN_RATE_LIMIT_PER_CLIENT_PER_MINUTE`, `…_PER_ADDRESS_…`). */
  tokenRateLimits?: { perClientPerMinute: number; perAddressPerMinute: number };
}

export const DEV_ISSUER = 'urn:chaman:dev-issuer';
export const DEFAULT_AUDIENCE = 'chaman';
/** Asymmetric algorithms only: a shared-secret (HS*) or unsigned (`none`) token is refused before any key is tried. */
export const DEFAULT_JWT_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'];
export const DEFAULT_METRICS_PORT = 9464;
const MIN_SECRET_LENGTH = 32;
export const DEFAULT_SESSION_TTL_SECONDS = 8 * 3600;
export const DEFAULT_TOKEN_RATE_LIMITS = { perClientPerMinute: 600, perAddressPerMinute: 6_000 };
export const DEFAULT_WEB_ROOT = join(__dirname, '../../../web/dist');

/** In production the identity provider (its issuer, its keys) is reached over HTTPS only: `http:` is refused at start. */
function refuseHttpInProduction(env: NodeJS.ProcessEnv, names: string[]): void {
  if (!isProduction(env)) return;
  for (const name of names) {
    const value = env[name];
    if (value && !value.startsWith('https://'))
      throw new Error(
        `${name} must be an https: URL with NODE_ENV=production (got "${value}"): tokens from a provider reached over plain HTTP cannot be trusted.`,
      );
  }
}

function oidcFromEnv(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  refuseHttpInProduction(env, ['OIDC_ISSUER_URL', 'JWT_JWKS_URL']);
  if (!env.OIDC_ISSUER_URL) return undefined;
  if (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET)
    throw new Error('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required with OIDC_ISSUER_URL');
  return {
    issuerUrl: env.OIDC_ISSUER_URL,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    publicUrl: env.PUBLIC_URL,
    scopes: env.OIDC_SCOPES,
    production: isProduction(env),
  };
}

function devTokensFromEnv(env: NodeJS.ProcessEnv): { devMode: boolean; devTokensSecret?: string } {
  const devMode = boolFromEnv(env, 'DEV_TOKENS', false);
  if (devMode && isProduction(env))
    throw new Error('DEV_TOKENS=true is refused with NODE_ENV=production: the development token issuer would let anyone become anyone.');
  const secret = env.DEV_TOKENS_SECRET;
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH)
    throw new Error(`DEV_TOKENS_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  return { devMode, devTokensSecret: secret };
}

/** The development token issuer is opt-in (`DEV_TOKENS=true`, never with NODE_ENV=production); otherwise a JWKS or a provider verifies. */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const { devMode, devTokensSecret } = devTokensFromEnv(env);
  const oidc = oidcFromEnv(env);
  if (!devMode && !env.JWT_JWKS_URL && !oidc)
    throw new Error('JWT_JWKS_URL or OIDC_ISSUER_URL is required (or DEV_TOKENS=true in development)');
  return {
    ...busSettingsFromEnv(env, 'gateway'),
    port: intFromEnv(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    busTimeoutMs: intFromEnv(env, 'BUS_TIMEOUT_MS', 5_000),
    devMode,
    devTokensSecret,
    jwt: {
      jwksUrl: env.JWT_JWKS_URL,
      issuer: env.JWT_ISSUER ?? DEV_ISSUER,
      audience: env.JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
      algorithms: env.JWT_ALGORITHMS ? env.JWT_ALGORITHMS.split(',').map((algorithm) => algorithm.trim()) : DEFAULT_JWT_ALGORITHMS,
    },
    bodyLimitBytes: intFromEnv(env, 'BODY_LIMIT_BYTES', 64 * 1024),
    rateLimitPerMinute: intFromEnv(env, 'RATE_LIMIT_PER_MINUTE', 600),
    rateLimitPerAddressPerMinute: intFromEnv(env, 'RATE_LIMIT_PER_ADDRESS_PER_MINUTE', 1_200),
    authRateLimitPerMinute: intFromEnv(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 30),
    replicas: intFromEnv(env, 'GATEWAY_REPLICAS', 1),
    swaggerUi: boolFromEnv(env, 'SWAGGER_UI', !isProduction(env)),
    trustedProxies: (env.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((proxy) => proxy.trim())
      .filter(Boolean),
    metricsPort: intFromEnv(env, 'METRICS_PORT', DEFAULT_METRICS_PORT),
    oidc,
    sessionTtlSeconds: intFromEnv(env, 'SESSION_TTL_SECONDS', DEFAULT_SESSION_TTL_SECONDS),
    webRoot: env.WEB_ROOT ?? DEFAULT_WEB_ROOT,
    rightsCopy: {
      enabled: boolFromEnv(env, 'RIGHTS_COPY', DEFAULT_RIGHTS_COPY.enabled),
      heartbeatMs: intFromEnv(env, 'RIGHTS_HEARTBEAT_MS', DEFAULT_RIGHTS_COPY.heartbeatMs),
      maxSilenceMs: intFromEnv(env, 'RIGHTS_MAX_SILENCE_MS', DEFAULT_RIGHTS_COPY.maxSilenceMs),
    },
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
    tokenRateLimits: {
      perClientPerMinute: intFromEnv(env, 'TOKEN_RATE_LIMIT_PER_CLIENT_PER_MINUTE', DEFAULT_TOKEN_RATE_LIMITS.perClientPerMinute),
      perAddressPerMinute: intFromEnv(env, 'TOKEN_RATE_LIMIT_PER_ADDRESS_PER_MINUTE', DEFAULT_TOKEN_RATE_LIMITS.perAddressPerMinute),
    },
  };
}

/** What one replica allows of a deployment-wide limit shared by `replicas` gateways (never less than 1). */
export function perReplicaLimit(limit: number, replicas = 1): number {
  return Math.max(1, Math.floor(limit / Math.max(1, replicas)));
}
