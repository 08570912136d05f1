import { notFoundDetail } from '@chaman/access-policy';
import { ProblemException } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RuleFault } from '../domain/membership-rules';
import type { MemberRecord } from '../persistence/member.entity';
import { findMember, lockEnterprise } from '../persistence/member-lookups';

/**
 * The start of every member command: locks the enterprise and finds the acting member. An unknown
 * enterprise and one the actor does not belong to answer the same `resourceNotFound`.
 */
export async function lockedActor(em: EntityManager, enterpriseNumber: string, actorUserId: string): Promise<MemberRecord> {
  const enterprise = await lockEnterprise(em, enterpriseNumber);
  const actor = enterprise ? await findMember(em, enterpriseNumber, actorUserId) : null;
  if (!actor) throw ProblemException.of('resourceNotFound', notFoundDetail(enterpriseNumber));
  return actor;
}

export function refuseOn(fault: RuleFault | null): void {
  if (fault) throw ProblemException.of(fault.code, fault.detail);
}

export function memberNotFound(enterpriseNumber: string, userId: string): ProblemException {
  return ProblemException.of('resourceNotFound', `No member ${userId} in enterprise ${enterpriseNumber}.`);
}
