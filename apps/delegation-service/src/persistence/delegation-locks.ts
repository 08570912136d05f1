import { ProblemException, type Quality } from '@chaman/contracts';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Delegation } from './delegation.entity';
import { RelaunchCounter } from './relaunch-counter.entity';

/**
 * The delegation, locked for the rest of the transaction, if the acting enterprise is one of its parties.
 * Anyone else learns nothing: the answer is the same as for a delegation that does not exist.
 */
export async function lockDelegationOfParty(em: EntityManager, id: string, enterpriseNumber: string): Promise<Delegation> {
  const delegation = await em.findOne(
    Delegation,
    { id, $or: [{ companyEnterpriseNumber: enterpriseNumber }, { intermediaryEnterpriseNumber: enterpriseNumber }] },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  return delegation ?? notFound(id);
}

/** Same visibility rule, without a lock: for reads. */
export async function findDelegationOfParty(em: EntityManager, id: string, enterpriseNumber: string): Promise<Delegation> {
  const delegation = await em.findOne(Delegation, {
    id,
    $or: [{ companyEnterpriseNumber: enterpriseNumber }, { intermediaryEnterpriseNumber: enterpriseNumber }],
  });
  return delegation ?? notFound(id);
}

export interface CounterKey {
  intermediaryEnterpriseNumber: string;
  companyEnterpriseNumber: string;
  companyQuality: Quality;
}

/** The intermediary's relaunch counter towards this company and quality, created if new, locked until commit. */
export async function lockRelaunchCounter(em: EntityManager, key: CounterKey): Promise<RelaunchCounter> {
  // em.execute joins the caller's transaction (a plain connection would take a second pool slot and deadlock under load).
  await em.execute(
    'insert into relaunch_counter (intermediary_enterprise_number, company_enterprise_number, company_quality) values (?, ?, ?) on conflict do nothing',
    [key.intermediaryEnterpriseNumber, key.companyEnterpriseNumber, key.companyQuality],
    'run',
  );
  const { intermediaryEnterpriseNumber, companyEnterpriseNumber, companyQuality } = key;
  return em.findOneOrFail(
    RelaunchCounter,
    { intermediaryEnterpriseNumber, companyEnterpriseNumber, companyQuality },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
}

function notFound(id: string): never {
  throw ProblemException.of('resourceNotFound', `No delegation ${id} involves this enterprise.`);
}
