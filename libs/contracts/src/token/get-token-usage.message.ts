import { IsISO8601, IsString, IsUUID } from 'class-validator';
import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { RestAccountTarget } from '../sender/sender-targets';
import { NestedList } from '../validation/nested';

/** When one certificate last obtained an access token, to the minute. */
export class CertificateTokenUsage {
  @IsUUID() certificateId!: string;
  /** As in CertificateView: SHA-256 of the DER, colon-separated upper-case hex. */
  @IsString() fingerprint!: string;
  /** The start of the minute of its last token (UTC). */
  @IsISO8601() lastUsedAt!: string;
}

/** `GET …/rest-accounts/{accountId}/token-usage`: the certificates {cbe} owns on the account, as the list shows them. */
export class GetTokenUsageQuery extends InEnterprise(RestAccountTarget, NoInput) {}

/** Certificates that never obtained a token are absent. */
export class TokenUsageView {
  @IsUUID() accountId!: string;
  @NestedList(() => CertificateTokenUsage) certificates!: CertificateTokenUsage[];
}

export const GetTokenUsage = defineMessage<GetTokenUsageQuery, TokenUsageView>('token.v1.token-usage.get', GetTokenUsageQuery);
