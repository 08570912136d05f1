import { decideCapability, HELPERS, technicalChannelsRight } from '@chaman/access-policy';
import { type AuthorizeReply, type AuthorizeQuery, Capability, Position, ProblemException } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refusalProblem } from '../domain/manager-contacts';
import { asRightDecision, contactsOf, enterpriseExists, findMember, findRightDecision } from '../persistence/member-lookups';

/**
 * (person, enterprise, capability) → allowed with its reason, or the problem to answer. Read from the
 * database on every call, never cached: the gateways ask here whenever their copy of the rights may be stale.
 */
@Injectable()
export class DecideAuthorizationUseCase {
  constructor(private readonly orm: MikroORM) {}

  execute(request: AuthorizeQuery): Promise<AuthorizeReply> {
    return this.decide(this.orm.em.fork() as EntityManager, request);
  }

  /** The same decision inside a caller's unit of work, for use cases that re-check the capability. */
  async decide(em: EntityManager, request: AuthorizeQuery): Promise<AuthorizeReply> {
    const { userId, isOperator, enterpriseNumber, capability } = request;
    const member = await findMember(em, enterpriseNumber, userId);
    const usesRight = capability === Capability.MANAGE_TECHNICAL_CHANNELS && member !== null;
    const right = usesRight
      ? technicalChannelsRight(member.position, asRightDecision(await findRightDecision(em, enterpriseNumber, userId)))
      : null;
    const exists = member !== null || (isOperator && (await enterpriseExists(em, enterpriseNumber)));
    const decision = decideCapability(capability, enterpriseNumber, { isOperator, enterpriseExists: exists, member, right });
    if (decision.allowed) return decision;
    const helpers: Position[] = decision.refusal === 'notFound' || !member ? [] : HELPERS[capability];
    return { allowed: false, problem: refusalProblem(capability, decision, await contactsOf(em, enterpriseNumber, helpers, userId)) };
  }

  /** Throws the refusal's problem unless allowed. */
  async require(em: EntityManager, request: AuthorizeQuery): Promise<void> {
    const reply = await this.decide(em, request);
    if (!reply.allowed) throw new ProblemException(reply.problem);
  }
}
