import type { RestEnvironment } from '@chaman/contracts';
import { invalidClient, invalidScope } from './oauth-refusal';

/** What the projection knows of a REST account. */
export interface KnownAccount {
  id: string;
  clientId: string;
  /** The company the account is of. */
  enterpriseNumber: string;
  environment: RestEnvironment;
  scopes: string[];
  /** When the company closed the account: it gets no token any more. */
  closedAt?: Date | null;
}

export type KnownCertificateStatus = 'ACTIVE' | 'INACTIVE' | 'REMOVED';

export interface KnownCertificate {
  id: string;
  restAccountId: string;
  ownerEnterpriseNumber: string;
  publicKey: string | null;
  notBefore: Date;
  notAfter: Date;
  status: KnownCertificateStatus;
}

/** An accepted delegation of the account: the intermediary may act for the company within its scopes. */
export interface AcceptedDelegation {
  intermediaryEnterpriseNumber: string;
  scopes: string[];
}

/** The certificate found by the assertion's thumbprint, with the facts that decide whether it may act for the account. */
export interface SigningCandidate {
  certificate: KnownCertificate;
  /** The account the certificate is registered on (the client's own, or the intermediary's). */
  certificateAccount: KnownAccount;
  /** The accepted delegation of the client's account to the certificate's owner, if any. */
  delegation: AcceptedDelegation | null;
}

/** Whose certificate signed: the company's own, or an intermediary's acting for it. */
export type SigningAuthority = { kind: 'own' } | { kind: 'delegated'; intermediaryEnterpriseNumber: string; delegationScopes: string[] };

const UNKNOWN_KEY =
  "no certificate of this client matches the assertion's kid: register the certificate on the REST account, and set kid to its base64url SHA-256 thumbprint";

/**
 * DESIGN §7 "whose certificate counts": an active certificate inside its validity window, the account's own
 * (registered by its company), or one the intermediary of an accepted delegation registered on this account or on a
 * REST account of its own in the same environment. A certificate unrelated to the client is "unknown": the
 * answer never tells a client about another account's certificates.
 */
export function signingAuthority(account: KnownAccount, candidate: SigningCandidate | null, now: Date): SigningAuthority {
  if (account.closedAt) throw invalidClient('this REST account was closed: it gets no access token any more');
  if (!candidate) throw invalidClient(UNKNOWN_KEY);
  const { certificate, certificateAccount, delegation } = candidate;
  const owner = certificate.ownerEnterpriseNumber;
  const onThisAccount = certificateAccount.id === account.id;
  const own = onThisAccount && owner === account.enterpriseNumber;
  const intermediarysOwnAccount =
    certificateAccount.enterpriseNumber === owner &&
    certificateAccount.environment === account.environment &&
    owner !== account.enterpriseNumber;
  if (!own && !onThisAccount && !intermediarysOwnAccount) throw invalidClient(UNKNOWN_KEY);
  // The intermediary knows its own certificate: it may learn that the delegation no longer lets it act.
  if (!own && !delegation)
    throw invalidClient(
      "this certificate's owner has no accepted delegation of this client's REST account (it ended or was never accepted)",
    );
  if (certificate.status === 'REMOVED') throw invalidClient('the certificate the assertion names was removed from the REST account');
  if (certificate.status === 'INACTIVE')
    throw invalidClient("the certificate the assertion names is no longer active (its owner's delegation ended)");
  if (now.getTime() < certificate.notBefore.getTime())
    throw invalidClient(`the certificate is not valid before ${certificate.notBefore.toISOString()}`);
  if (now.getTime() > certificate.notAfter.getTime())
    throw invalidClient(`the certificate expired on ${certificate.notAfter.toISOString()}: register a new one`);
  if (!certificate.publicKey) throw invalidClient('the certificate was registered before Chaman kept its public key: register it again');
  if (own) return { kind: 'own' };
  return { kind: 'delegated', intermediaryEnterpriseNumber: owner, delegationScopes: delegation!.scopes };
}

/** requested ∩ the account's scopes (∩ the delegation's when an intermediary signed); nothing left of what was asked is an error. */
export function grantedScopes(account: KnownAccount, authority: SigningAuthority, requested: string[] | undefined): string[] {
  const allowed = account.scopes.filter((scope) => authority.kind === 'own' || authority.delegationScopes.includes(scope));
  const granted = requested ? requested.filter((scope) => allowed.includes(scope)) : allowed;
  if (granted.length === 0) {
    throw invalidScope(
      requested
        ? `none of the requested scopes (${requested.join(' ')}) is granted to this client${authority.kind === 'delegated' ? ' under the delegation' : ''}`
        : 'this client has no scope to grant',
    );
  }
  return granted;
}
