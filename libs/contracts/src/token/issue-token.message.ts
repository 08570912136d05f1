import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { defineMessage } from '../bus/message';
import { Nested } from '../validation/nested';
import type { OAuthErrorBody } from './oauth-error';

/** The form fields of `POST /oauth/token` (RFC 6749 §4.4.2, RFC 7523 §2.2), each as received. */
export class TokenRequestForm {
  @IsOptional() @IsString() @MaxLength(100) grant_type?: string;
  @IsOptional() @IsString() @MaxLength(200) client_assertion_type?: string;
  @IsOptional() @IsString() @MaxLength(16_000) client_assertion?: string;
  @IsOptional() @IsString() @MaxLength(2_000) scope?: string;
}

/** The gateway's request: the form, and the issuer (its public origin) the token endpoint lives on. */
export class IssueTokenCommand {
  @IsUrl({ require_tld: false, require_protocol: true }) issuer!: string;
  @Nested(() => TokenRequestForm) form!: TokenRequestForm;
}

/** RFC 6749 §5.1. */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

/** An issued token, or the §5.2 refusal with its HTTP status. */
export type IssueTokenReply = { issued: TokenResponse } | { refused: OAuthErrorBody; status: 400 | 401 | 429 };

export const IssueToken = defineMessage<IssueTokenCommand, IssueTokenReply>('token.v1.tokens.issue', IssueTokenCommand);

/** Keeps only the form's known fields, so that the bus message never carries what the client sent besides. */
export const TOKEN_FORM_FIELDS = ['grant_type', 'client_assertion_type', 'client_assertion', 'scope'] as const;
export type TokenFormField = (typeof TOKEN_FORM_FIELDS)[number];
