import { DEFAULT_TOKEN_AUDIENCES, RestEnvironment } from '@chaman/contracts';
import { intFromEnv, systemClock } from '@chaman/platform';
import type { RotationPolicy } from './domain/key-rotation';

/** A resource server allowed to introspect tokens (RFC 7662 §2.1), authenticated with HTTP Basic. */
export interface ResourceServerCredential {
  id: string;
  secret: string;
}

/** What a deployment tunes about tokens, read and validated once at start. */
export interface TokenSettings {
  tokenLifetimeSeconds: number;
  audiences: Record<RestEnvironment, string>;
  rotation: RotationPolicy;
  resourceServers: ResourceServerCredential[];
  /** How often each replica re-reads the signing keys and makes the next one when due. */
  keyRefreshMs: number;
  now: () => Date;
}

/** `id:secret` pairs separated by commas; the secret may hold colons. */
export function resourceServersFrom(raw: string | undefined): ResourceServerCredential[] {
  return (raw ?? '')
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const colon = pair.indexOf(':');
      if (colon <= 0 || colon === pair.length - 1)
        throw new Error('TOKEN_INTROSPECTION_CLIENTS must be id:secret pairs separated by commas');
      return { id: pair.slice(0, colon), secret: pair.slice(colon + 1) };
    });
}

/**
 * `TOKEN_LIFETIME_SECONDS` (600), `TOKEN_AUDIENCE_ACCEPTANCE`, `TOKEN_AUDIENCE_PRODUCTION`, `TOKEN_KEY_ROTATION_SECONDS`
 * (7 days), `TOKEN_KEY_PUBLISH_LEAD_SECONDS` (15 min), `TOKEN_INTROSPECTION_CLIENTS` (`id:secret,…`; development:
 * `demo-api:demo-api-secret`), `TOKEN_KEY_REFRESH_MS` (30 s).
 */
export function tokenSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): TokenSettings {
  const tokenLifetimeSeconds = Math.max(60, intFromEnv(env, 'TOKEN_LIFETIME_SECONDS', 600));
  const keyRefreshMs = Math.max(100, intFromEnv(env, 'TOKEN_KEY_REFRESH_MS', 30_000));
  const publishLeadMs = Math.max(2 * keyRefreshMs, intFromEnv(env, 'TOKEN_KEY_PUBLISH_LEAD_SECONDS', 900) * 1000);
  const production = env.NODE_ENV === 'production';
  return {
    tokenLifetimeSeconds,
    audiences: {
      [RestEnvironment.ACCEPTANCE]: env.TOKEN_AUDIENCE_ACCEPTANCE || DEFAULT_TOKEN_AUDIENCES.ACCEPTANCE,
      [RestEnvironment.PRODUCTION]: env.TOKEN_AUDIENCE_PRODUCTION || DEFAULT_TOKEN_AUDIENCES.PRODUCTION,
    },
    rotation: {
      rotationMs: Math.max(publishLeadMs * 2, intFromEnv(env, 'TOKEN_KEY_ROTATION_SECONDS', 7 * 86_400) * 1000),
      publishLeadMs,
      retainMs: (tokenLifetimeSeconds + 60) * 1000,
    },
    resourceServers: resourceServersFrom(env.TOKEN_INTROSPECTION_CLIENTS ?? (production ? '' : 'demo-api:demo-api-secret')),
    keyRefreshMs,
    now: () => systemClock.now(),
  };
}

export const TOKEN_SETTINGS = Symbol('TOKEN_SETTINGS');
