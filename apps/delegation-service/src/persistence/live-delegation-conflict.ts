import { ProblemException } from '@chaman/contracts';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Delegation } from './delegation.entity';

export const LIVE_DELEGATION_INDEX = 'delegation_live_uidx';

type LiveKey = Pick<Delegation, 'restAccountId' | 'companyEnterpriseNumber' | 'companyQuality' | 'intermediaryEnterpriseNumber'>;

/** A second live delegation of the same account to the same intermediary. */
export function liveDelegationExists(delegation: LiveKey): ProblemException {
  return ProblemException.of(
    'liveDelegationExists',
    `REST account ${delegation.restAccountId} of ${delegation.companyEnterpriseNumber} (${delegation.companyQuality}) already has a pending ` +
      `or accepted delegation to ${delegation.intermediaryEnterpriseNumber}; answer or end that one first.`,
  );
}

/** Flushes, turning a second live delegation of the same account to the same intermediary into `liveDelegationExists`. */
export async function flushKeepingOneLive(em: EntityManager, delegation: Delegation): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && (error as { constraint?: string }).constraint === LIVE_DELEGATION_INDEX) {
      throw liveDelegationExists(delegation);
    }
    throw error;
  }
}
