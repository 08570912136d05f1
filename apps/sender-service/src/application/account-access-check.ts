import { ProblemException } from '@chaman/contracts';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AccountRole, accountRoleOf } from '../domain/account-access';
import { DelegationGrant } from '../persistence/delegation-grant.entity';
import { RestAccount } from '../persistence/rest-account.entity';

export interface AccountAccess {
  account: RestAccount;
  role: AccountRole;
}

/**
 * Decides whether the acting enterprise may manage certificates on the account: its owner, or an intermediary
 * with an active grant for that owner. `holdGrant` keeps the grant share-locked until the transaction ends, so
 * a revocation applied meanwhile waits and then deactivates what this transaction adds.
 */
export async function accountAccessFor(
  em: EntityManager,
  actingEnterpriseNumber: string,
  restAccountId: string,
  holdGrant = false,
): Promise<AccountAccess> {
  const account = await em.findOne(RestAccount, { id: restAccountId }, { populate: ['sender'] });
  const owner = account?.sender.enterpriseNumber;
  const grants =
    account && owner !== actingEnterpriseNumber
      ? await em.find(
          DelegationGrant,
          { restAccountId, intermediaryEnterpriseNumber: actingEnterpriseNumber, companyEnterpriseNumber: owner, active: true },
          holdGrant ? { lockMode: LockMode.PESSIMISTIC_READ } : {},
        )
      : [];
  const role =
    account && owner
      ? accountRoleOf(actingEnterpriseNumber, {
          ownerEnterpriseNumber: owner,
          intermediariesWithGrant: grants.map((grant) => grant.intermediaryEnterpriseNumber),
        })
      : null;
  // Someone else's account is answered exactly like one that does not exist.
  if (!account || !role)
    throw ProblemException.of('resourceNotFound', `No REST account ${restAccountId} is managed by enterprise ${actingEnterpriseNumber}.`);
  return { account, role };
}
