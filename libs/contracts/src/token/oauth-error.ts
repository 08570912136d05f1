import { IsEnum, IsString } from 'class-validator';

/** RFC 6749 §5.2 error codes, and `slow_down` for a client over its rate limit. */
export enum OAuthErrorCode {
  invalid_request = 'invalid_request',
  invalid_client = 'invalid_client',
  invalid_grant = 'invalid_grant',
  unauthorized_client = 'unauthorized_client',
  unsupported_grant_type = 'unsupported_grant_type',
  invalid_scope = 'invalid_scope',
  /** Not in §5.2: a client or address over its rate limit (answered with 429 and `Retry-After`). */
  slow_down = 'slow_down',
}

/** The JSON body of a refused token or introspection request (RFC 6749 §5.2), never problem+json. */
export class OAuthErrorBody {
  @IsEnum(OAuthErrorCode) error!: OAuthErrorCode;
  /** What to fix, in English; never another account's facts. */
  @IsString() error_description!: string;
}

/** The HTTP status each error is answered with: 401 for a client that failed to authenticate, else 400. */
export function oauthErrorStatus(code: OAuthErrorCode): 400 | 401 | 429 {
  if (code === OAuthErrorCode.invalid_client) return 401;
  if (code === OAuthErrorCode.slow_down) return 429;
  return 400;
}
