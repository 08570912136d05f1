import { securityHeaders, securityHeadersFor } from './security-headers';

describe('security headers computed once', () => {
  const headers = securityHeaders('https://login.example/realms/chaman');

  it("are helmet's defaults with the web client's strict policy, the provider allowed as a form target only", () => {
    expect(headers.all).toMatchObject({
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    const policy = headers.all['content-security-policy'];
    expect(policy).toContain("default-src 'self';script-src 'self';style-src 'self'");
    expect(policy).toContain("form-action 'self' https://login.example");
    expect(policy).not.toContain('unsafe-inline');
  });

  it("give Swagger UI's pages alone its looser policy, the other headers unchanged", () => {
    for (const url of ['/api/docs', '/api/docs/', '/api/docs?x=1', '/api/docs/swagger-ui.css']) {
      expect(securityHeadersFor(headers, url)['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    }
    for (const url of ['/', '/api/v1/me', '/api/docsx', '/enterprises/api/docs'])
      expect(securityHeadersFor(headers, url)).toBe(headers.all);
    const { 'content-security-policy': _strict, ...others } = headers.all;
    expect(headers.swagger).toMatchObject(others);
  });
});
