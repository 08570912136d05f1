import { identityProviderConfigFromEnv } from './identity-provider-config';

describe('development identity provider settings', () => {
  it('refuses to run with NODE_ENV=production', () => {
    expect(() => identityProviderConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/never runs with NODE_ENV=production/);
  });

  it('listens on loopback port 3900 by default, its issuer on the same address', () => {
    expect(identityProviderConfigFromEnv({})).toMatchObject({
      port: 3900,
      host: '127.0.0.1',
      issuer: 'http://127.0.0.1:3900',
      audience: 'chaman',
    });
  });
});
