import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_TYPE,
  type IssueTokenReply,
  type IssueTokenCommand,
  OAUTH_PATHS,
  oauthErrorStatus,
} from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { createPublicKey, type KeyObject, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { readAssertion, verifyAssertion } from '../domain/client-assertion';
import { invalidClient, OAuthRefusal } from '../domain/oauth-refusal';
import { grantedScopes, type KnownAccount, type SigningAuthority, signingAuthority } from '../domain/signing-certificate';
import { clientAssertionOf, requestedScopes } from '../domain/token-form';
import { minuteOf, recordUse } from '../persistence/certificate-usage';
import { accountByClientId, signingCandidates } from '../persistence/projection';
import { firstUseOf } from '../persistence/seen-assertions';
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
    private readonly orm: MikroORM,
    private readonly keys: KeyRing,
    @Inject(TOKEN_SETTINGS) private readonly settings: TokenSettings,
  ) {}

  async execute(request: IssueTokenCommand): Promise<IssueTokenReply> {
    try {
      return { issued: await this.issue(request) };
    } catch (error) {
      if (!(error instanceof OAuthRefusal)) throw error;
      return { refused: { error: error.code, error_description: error.description }, status: oauthErrorStatus(error.code) };
    }
  }

  private async issue({ issuer, form }: IssueTokenCommand) {
    const now = this.settings.now();
    const assertion = clientAssertionOf(form);
    const read = readAssertion(assertion);
    const em = this.orm.em.fork() as EntityManager;
    const account = await accountByClientId(em, read.clientId);
    if (!account) throw invalidClient('no REST account has this client id (iss): use the client id Chaman shows on the REST account');
    const [candidate] = await signingCandidates(em, account, read.thumbprint);
    const authority = signingAuthority(account, candidate ?? null, now);
    const verified = await verifyAssertion(assertion, read, this.publicKeyOf(candidate.certificate.id, candidate.certificate.publicKey!), {
      clientId: account.clientId,
      audiences: [issuer + OAUTH_PATHS.token, issuer],
      now,
    });
    const scopes = grantedScopes(account, authority, requestedScopes(form.scope));
    if (!(await firstUseOf(em, account.clientId, verified.jti, verified.acceptableUntil))) {
      throw invalidClient('this assertion was used already (replayed jti): sign a new assertion with a fresh jti for each request');
    }
    await this.recordUse(em, candidate.certificate.id, now);
    return {
      access_token: await this.sign(issuer, account, authority, scopes, now),
      token_type: 'Bearer' as const,
      expires_in: this.settings.tokenLifetimeSeconds,
      scope: scopes.join(' '),
    };
  }

  private async sign(issuer: string, account: KnownAccount, authority: SigningAuthority, scopes: string[], now: Date): Promise<string> {
    const { kid, key } = await this.keys.signer(now);
    const iat = Math.floor(now.getTime() / 1000);
    return new SignJWT({
      client_id: account.clientId,
      scope: scopes.join(' '),
      enterprise_number: account.enterpriseNumber,
      ...(authority.kind === 'delegated' ? { act: { sub: authority.intermediaryEnterpriseNumber } } : {}),
    })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, typ: ACCESS_TOKEN_TYPE, kid })
      .setIssuer(issuer)
      .setSubject(account.clientId)
      .setAudience(this.settings.audiences[account.environment])
      .setJti(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.settings.tokenLifetimeSeconds)
      .sign(key);
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
  private async recordUse(em: EntityManager, certificateId: string, now: Date): Promise<void> {
    const minute = minuteOf(now);
    if (this.usedInMinute.get(certificateId) === minute.getTime()) return;
    if (this.usedInMinute.size >= PUBLIC_KEYS_KEPT) this.usedInMinute.clear();
    this.usedInMinute.set(certificateId, minute.getTime());
    await recordUse(em, certificateId, minute);
  }
}
