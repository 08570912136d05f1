import { OAuthErrorCode } from '@chaman/contracts';

/** A refused token or introspection request: the RFC 6749 §5.2 code and what the client must fix. */
export class OAuthRefusal extends Error {
  constructor(
    readonly code: OAuthErrorCode,
    readonly description: string,
  ) {
    super(`${code}: ${description}`);
  }
}

export const invalidRequest = (description: string) => new OAuthRefusal(OAuthErrorCode.invalid_request, description);
export const invalidClient = (description: string) => new OAuthRefusal(OAuthErrorCode.invalid_client, description);
export const invalidScope = (description: string) => new OAuthRefusal(OAuthErrorCode.invalid_scope, description);
