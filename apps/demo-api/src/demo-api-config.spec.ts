import { demoApiConfigFromEnv } from './demo-api-config';

describe('Demo API settings', () => {
  it('listens on 3950, trusts the JWKS of the gateway on localhost:3000 and is an ACCEPTANCE resource server by default', () => {
    expect(demoApiConfigFromEnv({})).toEqual({
      port: 3950,
      host: '127.0.0.1',
      jwksUrl: 'http://localhost:3000/oauth/jwks',
      issuers: ['http://localhost:3000'],
      environment: 'ACCEPTANCE',
      audience: 'urn:chaman:rest:acceptance',
    });
  });

  it('trusts each issuer of a comma-separated TOKEN_ISSUER', () => {
    expect(demoApiConfigFromEnv({ TOKEN_ISSUER: 'http://localhost:3000, http://127.0.0.1:3000/' }).issuers).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ]);
  });

  it("takes PRODUCTION's audience in PRODUCTION", () => {
    expect(demoApiConfigFromEnv({ DEMO_API_ENVIRONMENT: 'PRODUCTION', TOKEN_AUDIENCE_PRODUCTION: 'urn:x' })).toMatchObject({
      environment: 'PRODUCTION',
      audience: 'urn:x',
    });
  });

  it('refuses an unknown environment and a port that is not a number', () => {
    expect(() => demoApiConfigFromEnv({ DEMO_API_ENVIRONMENT: 'TEST' })).toThrow(/DEMO_API_ENVIRONMENT must be ACCEPTANCE or PRODUCTION/);
    expect(() => demoApiConfigFromEnv({ DEMO_API_PORT: 'x' })).toThrow(/DEMO_API_PORT/);
  });
});
