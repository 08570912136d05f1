import { gatewayConfigFromEnv } from './gateway-config';

describe('gateway settings', () => {
  const provider = { OIDC_ISSUER_URL: 'https://login.example', OIDC_CLIENT_ID: 'chaman', OIDC_CLIENT_SECRET: 's' };

  it('keeps the development token issuer off unless asked for', () => {
    expect(gatewayConfigFromEnv(provider).devMode).toBe(false);
    expect(gatewayConfigFromEnv({ DEV_TOKENS: 'true' }).devMode).toBe(true);
  });

  it('refuses to start with the development token issuer in production mode', () => {
    expect(() => gatewayConfigFromEnv({ ...provider, NODE_ENV: 'production', DEV_TOKENS: 'true' })).toThrow(
      /refused with NODE_ENV=production/,
    );
  });

  it('refuses, in production, an identity provider reached over plain HTTP, and tells the client it is production', () => {
    expect(() => gatewayConfigFromEnv({ ...provider, NODE_ENV: 'production', OIDC_ISSUER_URL: 'http://localhost:3900' })).toThrow(
      /OIDC_ISSUER_URL must be an https: URL/,
    );
    expect(() => gatewayConfigFromEnv({ ...provider, NODE_ENV: 'production', JWT_JWKS_URL: 'http://idp.example/jwks' })).toThrow(
      /JWT_JWKS_URL must be an https: URL/,
    );
    expect(gatewayConfigFromEnv({ ...provider, NODE_ENV: 'production', NATS_USER: 'gateway', NATS_PASSWORD: 'p' }).oidc?.production).toBe(
      true,
    );
    expect(gatewayConfigFromEnv({ ...provider, OIDC_ISSUER_URL: 'http://127.0.0.1:3900' }).oidc?.production).toBe(false);
  });

  it('serves Swagger UI (inline scripts on the session origin) outside production only', () => {
    expect(gatewayConfigFromEnv(provider).swaggerUi).toBe(true);
    expect(gatewayConfigFromEnv({ ...provider, NODE_ENV: 'production', NATS_USER: 'gateway', NATS_PASSWORD: 'p' }).swaggerUi).toBe(false);
  });

  it('needs some way to verify tokens', () => {
    expect(() => gatewayConfigFromEnv({})).toThrow(/JWT_JWKS_URL or OIDC_ISSUER_URL/);
  });

  it('accepts asymmetric signature algorithms only by default, and a short dev secret not at all', () => {
    expect(gatewayConfigFromEnv(provider).jwt.algorithms).not.toEqual(expect.arrayContaining(['HS256']));
    expect(gatewayConfigFromEnv(provider).jwt.algorithms).not.toContain('none');
    expect(() => gatewayConfigFromEnv({ DEV_TOKENS: 'true', DEV_TOKENS_SECRET: 'short' })).toThrow(/at least 32/);
  });

  it('serves metrics on their own port', () => {
    expect(gatewayConfigFromEnv(provider).metricsPort).toBe(9464);
    expect(gatewayConfigFromEnv({ ...provider, METRICS_PORT: '9500' }).metricsPort).toBe(9500);
  });
});
