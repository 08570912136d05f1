import { OAuthErrorCode } from '@chaman/contracts';
import { UnsecuredJWT } from 'jose';
import { OAuthRateLimits } from './oauth-rate-limits';

const assertionOf = (clientId: string) => new UnsecuredJWT({}).setIssuer(clientId).encode();

describe('token request rate limits', () => {
  it('limits each client id, whatever the address', () => {
    const limits = new OAuthRateLimits({ perClientPerMinute: 2, perAddressPerMinute: 100 });
    expect(limits.take('10.0.0.1', assertionOf('client-a'))).toBeUndefined();
    expect(limits.take('10.0.0.2', assertionOf('client-a'))).toBeUndefined();
    expect(limits.take('10.0.0.3', assertionOf('client-a'))).toMatchObject({
      error: OAuthErrorCode.slow_down,
      error_description: expect.stringContaining('client id'),
    });
    expect(limits.take('10.0.0.3', assertionOf('client-b'))).toBeUndefined();
  });

  it('limits each address, whatever the client id or a missing assertion', () => {
    const limits = new OAuthRateLimits({ perClientPerMinute: 100, perAddressPerMinute: 2 });
    expect(limits.take('10.0.0.1', assertionOf('client-a'))).toBeUndefined();
    expect(limits.take('10.0.0.1', 'not a jwt')).toBeUndefined();
    const refused = limits.take('10.0.0.1', assertionOf('client-b'));
    expect(refused).toMatchObject({ error: OAuthErrorCode.slow_down, error_description: expect.stringContaining('address') });
    expect(refused!.retryAfterSeconds).toBeGreaterThan(0);
  });
});
