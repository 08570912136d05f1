import { JWT_BEARER_ASSERTION_TYPE, OAuthErrorCode } from '@chaman/contracts';
import { OAuthRefusal } from './oauth-refusal';
import { clientAssertionOf, requestedScopes } from './token-form';

const form = { grant_type: 'client_credentials', client_assertion_type: JWT_BEARER_ASSERTION_TYPE, client_assertion: 'a.b.c' };

function codeOf(action: () => unknown): OAuthErrorCode {
  try {
    action();
  } catch (error) {
    if (error instanceof OAuthRefusal) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('token request form', () => {
  it('gives the assertion of a complete form', () => {
    expect(clientAssertionOf(form)).toBe('a.b.c');
  });

  it('refuses a missing grant_type with invalid_request', () => {
    expect(codeOf(() => clientAssertionOf({ ...form, grant_type: undefined }))).toBe(OAuthErrorCode.invalid_request);
  });

  it('refuses another grant type with unsupported_grant_type', () => {
    expect(codeOf(() => clientAssertionOf({ ...form, grant_type: 'password' }))).toBe(OAuthErrorCode.unsupported_grant_type);
  });

  it('refuses another client_assertion_type with invalid_request', () => {
    expect(codeOf(() => clientAssertionOf({ ...form, client_assertion_type: 'urn:other' }))).toBe(OAuthErrorCode.invalid_request);
  });

  it('refuses a missing client_assertion with invalid_request', () => {
    expect(codeOf(() => clientAssertionOf({ ...form, client_assertion: undefined }))).toBe(OAuthErrorCode.invalid_request);
  });

  it('reads scope as a set; blank asks for everything', () => {
    expect(requestedScopes(' a  b a ')).toEqual(['a', 'b']);
    expect(requestedScopes('  ')).toBeUndefined();
  });
});
