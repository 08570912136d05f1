import { MAX_RETURN_TO_LENGTH, sameOriginPath } from './request-origin';

describe('returnTo after login', () => {
  it('keeps a short path on this origin, and sends anything longer than the cap home', () => {
    expect(sameOriginPath('/enterprises/0123456749/delegations?status=ACCEPTED')).toBe(
      '/enterprises/0123456749/delegations?status=ACCEPTED',
    );
    expect(sameOriginPath(`/${'a'.repeat(MAX_RETURN_TO_LENGTH)}`)).toBe('/');
    expect(MAX_RETURN_TO_LENGTH).toBeLessThanOrEqual(512);
    expect(sameOriginPath('//evil.example')).toBe('/');
  });
});
