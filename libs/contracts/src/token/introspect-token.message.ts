import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { defineMessage } from '../bus/message';
import type { OAuthErrorBody } from './oauth-error';

/**
 * `POST /oauth/introspect` (RFC 7662): the token, and the resource server's credentials from its HTTP Basic
 * `Authorization` header (configured in the token-service, `TOKEN_INTROSPECTION_CLIENTS`).
 */
export class IntrospectTokenQuery {
  @IsUrl({ require_tld: false, require_protocol: true }) issuer!: string;
  @IsOptional() @IsString() @MaxLength(16_000) token?: string;
  @IsOptional() @IsString() @MaxLength(200) resourceServerId?: string;
  @IsOptional() @IsString() @MaxLength(500) resourceServerSecret?: string;
}

/** RFC 7662 §2.2: `{active: false}` for any token that is not a live one of this issuer. */
export interface IntrospectionResponse {
  active: boolean;
  scope?: string;
  client_id?: string;
  sub?: string;
  aud?: string;
  iss?: string;
  exp?: number;
  iat?: number;
  jti?: string;
  token_type?: 'Bearer';
  enterprise_number?: string;
  act?: { sub: string };
}

export type IntrospectTokenReply = { answer: IntrospectionResponse } | { refused: OAuthErrorBody; status: 400 | 401 | 429 };

export const IntrospectToken = defineMessage<IntrospectTokenQuery, IntrospectTokenReply>(
  'token.v1.tokens.introspect',
  IntrospectTokenQuery,
);
