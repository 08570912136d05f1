import type { CertificateView, DelegationView, RestAccountView, RestEnvironment } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  AcceptedDelegation,
  KnownAccount,
  KnownCertificate,
  KnownCertificateStatus,
  SigningCandidate,
} from '../domain/signing-certificate';

/** base64url SHA-256 of the DER (what `kid`/`x5t#S256` carry), from the colon-separated hex fingerprint. */
export function thumbprintOf(fingerprint: string): string {
  return Buffer.from(fingerprint.replace(/:/g, ''), 'hex').toString('base64url');
}

interface AccountRow {
  id: string;
  client_id: string;
  enterprise_number: string;
  environment: RestEnvironment;
  scopes: string[];
  closed_at: Date | null;
}

function accountOf(row: AccountRow): KnownAccount {
  return {
    id: row.id,
    clientId: row.client_id,
    enterpriseNumber: row.enterprise_number,
    environment: row.environment,
    scopes: row.scopes,
    closedAt: row.closed_at,
  };
}

export async function saveAccount(em: EntityManager, account: RestAccountView): Promise<void> {
  await em.execute(
    `insert into rest_account (id, client_id, enterprise_number, environment, scopes) values (?, ?, ?, ?, ?::jsonb)
     on conflict (id) do update set scopes = excluded.scopes`,
    [account.id, account.clientId, account.enterpriseNumber, account.environment, JSON.stringify(account.scopes)],
    'run',
  );
}

/** The company closed the account (a later event never reopens it). */
export async function closeAccount(em: EntityManager, accountId: string, closedAt: string): Promise<void> {
  await em.execute('update rest_account set closed_at = coalesce(closed_at, ?) where id = ?', [closedAt, accountId], 'run');
}

export async function accountByClientId(em: EntityManager, clientId: string): Promise<KnownAccount | null> {
  const [row] = await em.execute<AccountRow[]>('select * from rest_account where client_id = ?', [clientId]);
  return row ? accountOf(row) : null;
}

/** Registration inserts; a replayed registration never revives a certificate removed since. */
export async function saveCertificate(em: EntityManager, certificate: CertificateView, publicKey: string | undefined): Promise<void> {
  await em.execute(
    `insert into certificate (id, rest_account_id, owner_enterprise_number, fingerprint, thumbprint, public_key, not_before, not_after, status)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing`,
    [
      certificate.id,
      certificate.restAccountId,
      certificate.ownerEnterpriseNumber,
      certificate.fingerprint,
      thumbprintOf(certificate.fingerprint),
      publicKey ?? null,
      certificate.notBefore,
      certificate.notAfter,
      certificate.status,
    ],
    'run',
  );
}

/** Removal is final; deactivation applies only to a certificate not removed. */
export async function setCertificateStatus(
  em: EntityManager,
  certificate: CertificateView,
  status: Exclude<KnownCertificateStatus, 'ACTIVE'>,
): Promise<void> {
  await em.execute(
    `insert into certificate (id, rest_account_id, owner_enterprise_number, fingerprint, thumbprint, public_key, not_before, not_after, status)
     values (?, ?, ?, ?, ?, null, ?, ?, ?)
     on conflict (id) do update set status = case when certificate.status = 'REMOVED' then 'REMOVED' else excluded.status end`,
    [
      certificate.id,
      certificate.restAccountId,
      certificate.ownerEnterpriseNumber,
      certificate.fingerprint,
      thumbprintOf(certificate.fingerprint),
      certificate.notBefore,
      certificate.notAfter,
      status,
    ],
    'run',
  );
}

/** A delegation's state after its latest event; an older event arriving late changes nothing. */
export async function saveDelegation(em: EntityManager, delegation: DelegationView): Promise<void> {
  await em.execute(
    `insert into delegation (id, rest_account_id, company_enterprise_number, intermediary_enterprise_number, status, scopes, updated_at)
     values (?, ?, ?, ?, ?, ?::jsonb, ?)
     on conflict (id) do update set status = excluded.status, scopes = excluded.scopes, updated_at = excluded.updated_at
     where delegation.updated_at <= excluded.updated_at`,
    [
      delegation.id,
      delegation.restAccountId,
      delegation.companyEnterpriseNumber,
      delegation.intermediaryEnterpriseNumber,
      delegation.status,
      JSON.stringify(delegation.scopes),
      delegation.updatedAt,
    ],
    'run',
  );
}

interface CandidateRow {
  id: string;
  rest_account_id: string;
  owner_enterprise_number: string;
  public_key: string | null;
  not_before: Date;
  not_after: Date;
  status: KnownCertificateStatus;
  account_client_id: string;
  account_enterprise_number: string;
  account_environment: RestEnvironment;
  account_scopes: string[];
  delegation_scopes: string[] | null;
}

/**
 * The certificates with this thumbprint that could act for `account`: on the account itself, or on a REST account of
 * their owner in the account's environment; each with the accepted delegation of `account` to its owner, if any.
 * One query: this is the hot path.
 */
export async function signingCandidates(em: EntityManager, account: KnownAccount, thumbprint: string): Promise<SigningCandidate[]> {
  const rows = await em.execute<CandidateRow[]>(
    `select c.id, c.rest_account_id, c.owner_enterprise_number, c.public_key, c.not_before, c.not_after, c.status,
       a.client_id as account_client_id, a.enterprise_number as account_enterprise_number, a.environment as account_environment, a.scopes as account_scopes,
       d.scopes as delegation_scopes
     from certificate c
     join rest_account a on a.id = c.rest_account_id
     left join lateral (select scopes from delegation where rest_account_id = ? and intermediary_enterprise_number = c.owner_enterprise_number
       and company_enterprise_number = ? and status = 'ACCEPTED' order by updated_at desc limit 1) d on true
     where c.thumbprint = ? and (c.rest_account_id = ? or (a.enterprise_number = c.owner_enterprise_number and a.environment = ?))
     order by (c.status = 'ACTIVE') desc, (c.rest_account_id = ?) desc`,
    [account.id, account.enterpriseNumber, thumbprint, account.id, account.environment, account.id],
  );
  return rows.map((row) => ({
    certificate: {
      id: row.id,
      restAccountId: row.rest_account_id,
      ownerEnterpriseNumber: row.owner_enterprise_number,
      publicKey: row.public_key,
      notBefore: new Date(row.not_before),
      notAfter: new Date(row.not_after),
      status: row.status,
    } satisfies KnownCertificate,
    certificateAccount: {
      id: row.rest_account_id,
      clientId: row.account_client_id,
      enterpriseNumber: row.account_enterprise_number,
      environment: row.account_environment,
      scopes: row.account_scopes,
    },
    delegation: row.delegation_scopes
      ? ({ intermediaryEnterpriseNumber: row.owner_enterprise_number, scopes: row.delegation_scopes } satisfies AcceptedDelegation)
      : null,
  }));
}

/** Whether `enterpriseNumber` may see the account's token usage: its company, or the intermediary of an accepted delegation. */
export async function mayConsultAccount(em: EntityManager, accountId: string, enterpriseNumber: string): Promise<boolean> {
  const [row] = await em.execute<Array<{ allowed: boolean }>>(
    `select exists (select 1 from rest_account where id = ? and enterprise_number = ?)
       or exists (select 1 from delegation where rest_account_id = ? and intermediary_enterprise_number = ? and status = 'ACCEPTED') as allowed`,
    [accountId, enterpriseNumber, accountId, enterpriseNumber],
  );
  return row?.allowed === true;
}
