import type { DelegationStatus, DelegationView } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The delegation grants as the delegation events change them, in plain SQL (docs/benchmark.md): one consumer
 * applies many events per transaction, and the unit of work added nothing but its cost to these few columns.
 */
export interface GrantRow {
  delegationId: string;
  restAccountId: string;
  intermediaryEnterpriseNumber: string;
  companyEnterpriseNumber: string;
  status: DelegationStatus;
  active: boolean;
  stateUpdatedAt: Date;
}

interface Row {
  delegation_id: string;
  rest_account_id: string;
  intermediary_enterprise_number: string;
  company_enterprise_number: string;
  status: DelegationStatus;
  active: boolean;
  state_updated_at: Date;
}

const COLUMNS =
  'delegation_id, rest_account_id, intermediary_enterprise_number, company_enterprise_number, status, active, state_updated_at';

function grantOf(row: Row | undefined): GrantRow | null {
  if (!row) return null;
  return {
    delegationId: row.delegation_id,
    restAccountId: row.rest_account_id,
    intermediaryEnterpriseNumber: row.intermediary_enterprise_number,
    companyEnterpriseNumber: row.company_enterprise_number,
    status: row.status,
    active: row.active,
    stateUpdatedAt: new Date(row.state_updated_at),
  };
}

/** The grant of a delegation, if known; `lock`: row-locked until commit. */
export async function grantOfDelegation(em: EntityManager, delegationId: string, lock = false): Promise<GrantRow | null> {
  const [row] = await em.execute<Row[]>(`select ${COLUMNS} from delegation_grant where delegation_id = ?${lock ? ' for update' : ''}`, [
    delegationId,
  ]);
  return grantOf(row);
}

/**
 * The grant of a delegation, created (inactive, never applied) if new, then row-locked: replicas applying two events of
 * one delegation take turns, and a certificate upload holding the grant (share lock) finishes before a revocation.
 */
export async function lockGrantCreatingIt(em: EntityManager, delegation: DelegationView): Promise<GrantRow> {
  await em.execute(
    `insert into delegation_grant (delegation_id, rest_account_id, intermediary_enterprise_number, company_enterprise_number, status, active, state_updated_at, applied_at)
     values (?, ?, ?, ?, ?, false, 'epoch', now()) on conflict (delegation_id) do nothing`,
    [
      delegation.id,
      delegation.restAccountId,
      delegation.intermediaryEnterpriseNumber,
      delegation.companyEnterpriseNumber,
      delegation.status,
    ],
    'run',
  );
  return (await grantOfDelegation(em, delegation.id, true))!;
}

/** Saves what a delegation event (or the delegation-service's answer) changed on a locked grant. */
export async function saveGrant(em: EntityManager, grant: GrantRow, appliedAt: Date): Promise<void> {
  await em.execute(
    'update delegation_grant set status = ?, active = ?, state_updated_at = ?, applied_at = ? where delegation_id = ?',
    [grant.status, grant.active, grant.stateUpdatedAt, appliedAt, grant.delegationId],
    'run',
  );
}

/** The enterprise whose sender holds the account, when the account is this service's. */
export async function accountOwnerOf(em: EntityManager, restAccountId: string): Promise<string | null> {
  const [row] = await em.execute<Array<{ enterprise_number: string }>>(
    'select sender.enterprise_number from rest_account join sender on sender.id = rest_account.sender_id where rest_account.id = ?',
    [restAccountId],
  );
  return row?.enterprise_number ?? null;
}

/** How many of the intermediary's grants on the account are still active. */
export async function activeGrantsOn(em: EntityManager, restAccountId: string, intermediaryEnterpriseNumber: string): Promise<number> {
  const [row] = await em.execute<Array<{ active: number }>>(
    'select count(*)::int as active from delegation_grant where rest_account_id = ? and intermediary_enterprise_number = ? and active',
    [restAccountId, intermediaryEnterpriseNumber],
  );
  return row.active;
}
