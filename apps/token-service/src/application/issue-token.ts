import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_TYPE,
  type IssueTokenReply,
  type IssueTokenRequest,
  OAUTH_PATHS,
  oauthErrorStatus,
} from '@chaman/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { createPublicKey, type KeyObject, randomUUID } from 'node:crypto';
import { readAssertion, rememberJtiUntil, type UnverifiedAssertion, verifyAssertion } from '../domain/client-assertion';
import { signEs256 } from '../domain/compact-jws';
import { invalidClient, OAuthRefusal } from '../domain/oauth-refusal';
import { grantedScopes, type KnownAccount, type SigningAuthority, signingAuthority } from '../domain/signing-certificate';
import { clientAssertionOf, requestedScopes } from '../domain/token-form';
import { minuteOf } from '../persistence/certificate-usage';
import { IssuanceStatements, type SigningFacts } from '../persistence/issuance-statements';
import { TOKEN_SETTINGS, type TokenSettings } from '../token-settings';
import { KeyRing } from './key-ring';

/** Public keys parsed once per certificate (they never change; a removed certificate is refused before its key is used). */
const PUBLIC_KEYS_KEPT = 10_000;

/** The token endpoint: client credentials with a JWT client assertion (RFC 6749 §4.4, RFC 7523), an at+jwt access token (RFC 9068). */
@Injectable()
export class IssueTokenUseCase {
  private readonly publicKeys = new Map<string, KeyObject>();
  private readonly usedInMinute = new Map<string, number>();

  constructor(
    private readonly statements: IssuanceStatements,
    private readonly keys: KeyRing,
    @Inject(TOKEN_SETTINGS) private readonly settings: TokenSettings,
  ) {}

  async execute(request: IssueTokenRequest): Promise<IssueTokenReply> {
    try {
      return { issued: await this.issue(request) };
    } catch (error) {
      if (!(error instanceof OAuthRefusal)) throw error;
      return { refused: { error: error.code, error_description: error.description }, status: oauthErrorStatus(error.code) };
    }
  }

  private async issue({ issuer, form }: IssueTokenRequest) {
    const now = this.settings.now();
    const assertion = clientAssertionOf(form);
    const read = readAssertion(assertion);
    const facts = await this.statements.signingFacts(read.clientId, read.thumbprint, {
      jti: read.jti,
      rememberUntil: rememberJtiUntil(read, now),
    });
    if (!facts) throw invalidClient('no REST account has this client id (iss): use the client id Chaman shows on the REST account');
    try {
      return await this.issueTo(facts, assertion, read, issuer, form.scope, now);
    } catch (error) {
      // Only an issued token uses the jti up: a refused assertion may be corrected and sent again.
      if (facts.firstUse) await this.statements.forgetUse(read.clientId, read.jti!);
      throw error;
    }
  }

  private async issueTo(
    { account, candidate, firstUse }: SigningFacts,
    assertion: string,
    read: UnverifiedAssertion,
    issuer: string,
    scope: string | undefined,
    now: Date,
  ) {
    const authority = signingAuthority(account, candidate, now);
    // signingAuthority refused a missing candidate.
    const certificate = candidate!.certificate;
    verifyAssertion(assertion, read, this.publicKeyOf(certificate.id, certificate.publicKey!), {
      clientId: account.clientId,
      audiences: [issuer + OAUTH_PATHS.token, issuer],
      now,
    });
    const scopes = grantedScopes(account, authority, requestedScopes(scope));
    if (!firstUse)
      throw invalidClient('this assertion was used already (replayed jti): sign a new assertion with a fresh jti for each request');
    await this.recordUse(certificate.id, now);
    return {
      access_token: this.sign(issuer, account, authority, scopes, now),
      token_type: 'Bearer' as const,
      expires_in: this.settings.tokenLifetimeSeconds,
      scope: scopes.join(' '),
    };
  }

  private sign(issuer: string, account: KnownAccount, authority: SigningAuthority, scopes: string[], now: Date): string {
    const { kid, key } = this.keys.signer(now);
    const iat = Math.floor(now.getTime() / 1000);
    return signEs256(
      { alg: ACCESS_TOKEN_ALGORITHM, typ: ACCESS_TOKEN_TYPE, kid },
      {
        client_id: account.clientId,
        scope: scopes.join(' '),
        enterprise_number: account.enterpriseNumber,
        ...(authority.kind === 'delegated' ? { act: { sub: authority.intermediaryEnterpriseNumber } } : {}),
        iss: issuer,
        sub: account.clientId,
        aud: this.settings.audiences[account.environment],
        jti: randomUUID(),
        iat,
        exp: iat + this.settings.tokenLifetimeSeconds,
      },
      key,
    );
  }

  private publicKeyOf(certificateId: string, pem: string): KeyObject {
    let key = this.publicKeys.get(certificateId);
    if (!key) {
      if (this.publicKeys.size >= PUBLIC_KEYS_KEPT) this.publicKeys.clear();
      key = createPublicKey(pem);
      this.publicKeys.set(certificateId, key);
    }
    return key;
  }

  /** To the minute, and written once a minute at most per certificate and replica. */
  private async recordUse(certificateId: string, now: Date): Promise<void> {
    const minute = minuteOf(now);
    if (this.usedInMinute.get(certificateId) === minute.getTime()) return;
    if (this.usedInMinute.size >= PUBLIC_KEYS_KEPT) this.usedInMinute.clear();
    this.usedInMinute.set(certificateId, minute.getTime());
    await this.statements.recordUse(certificateId, minute);
  }
}
