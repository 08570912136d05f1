import type { CertificateView, DelegationView, RestAccountView } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { KnownCertificateStatus } from '../domain/signing-certificate';

/** base64url SHA-256 of the DER (what `kid`/`x5t#S256` carry), from the colon-separated hex fingerprint. */
export function thumbprintOf(fingerprint: string): string {
  return Buffer.from(fingerprint.replace(/:/g, ''), 'hex').toString('base64url');
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

/** Whether `enterpriseNumber` may see the account's token usage: its company, or the intermediary of an accepted delegation. */
export async function mayConsultAccount(em: EntityManager, accountId: string, enterpriseNumber: string): Promise<boolean> {
  const [row] = await em.execute<Array<{ allowed: boolean }>>(
    `select exists (select 1 from rest_account where id = ? and enterprise_number = ?)
       or exists (select 1 from delegation where rest_account_id = ? and intermediary_enterprise_number = ? and status = 'ACCEPTED') as allowed`,
    [accountId, enterpriseNumber, accountId, enterpriseNumber],
  );
  return row?.allowed === true;
}
