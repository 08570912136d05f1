import { refuseDevelopmentProvider } from './oidc-client';

describe('the identity provider a gateway trusts', () => {
  const development = { issuer: 'https://idp.example', chaman_development_provider: true };

  it('refuses the development provider in production, by what its discovery document says of itself', () => {
    expect(() => refuseDevelopmentProvider(development, true)).toThrow(/development identity provider .* refused with NODE_ENV=production/);
    expect(() => refuseDevelopmentProvider({ issuer: 'https://idp.example' }, true)).not.toThrow();
    expect(() => refuseDevelopmentProvider(development, false)).not.toThrow();
  });
});
