import { CLIENT_CREDENTIALS_GRANT, JWT_BEARER_ASSERTION_TYPE, OAuthErrorCode, type TokenRequestForm } from '@chaman/contracts';
import { invalidRequest, OAuthRefusal } from './oauth-refusal';

/** The form of a token request, checked before any assertion is read (RFC 6749 §4.4.2, RFC 7523 §2.2). */
export function clientAssertionOf(form: TokenRequestForm): string {
  if (!form.grant_type) throw invalidRequest('grant_type is missing; send grant_type=client_credentials');
  if (form.grant_type !== CLIENT_CREDENTIALS_GRANT) {
    throw new OAuthRefusal(
      OAuthErrorCode.unsupported_grant_type,
      `grant_type "${form.grant_type}" is not supported; send grant_type=client_credentials`,
    );
  }
  if (form.client_assertion_type !== JWT_BEARER_ASSERTION_TYPE) {
    throw invalidRequest(`client_assertion_type must be ${JWT_BEARER_ASSERTION_TYPE}`);
  }
  if (!form.client_assertion) throw invalidRequest("client_assertion is missing: send a JWT signed with your certificate's private key");
  return form.client_assertion;
}

/** `scope` as a set of scopes; absent or blank asks for all the client may have. */
export function requestedScopes(scope: string | undefined): string[] | undefined {
  const scopes = (scope ?? '').split(' ').filter(Boolean);
  return scopes.length > 0 ? [...new Set(scopes)] : undefined;
}
