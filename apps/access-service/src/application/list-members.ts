import {
  Capability,
  type ListMembersQuery,
  type MemberView,
  type Page,
  ProblemException,
  TECHNICAL_CHANNELS_PERMISSION,
} from '@chaman/contracts';
import { decodeCursor, pageLimit, pageOf } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { MemberRecord } from '../persistence/member.entity';
import { asRightDecision } from '../persistence/member-lookups';
import { PermissionDecisionRecord } from '../persistence/permission-decision.entity';
import { memberView } from './access-views';
import { DecideAuthorizationUseCase } from './decide-authorization';

/** One keyset page of an enterprise's members (by user id), for its access managers. */
@Injectable()
export class ListMembersUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly authorization: DecideAuthorizationUseCase,
  ) {}

  /** `asOperator`: the operator's desk, read-only, for platform operators alone (InspectMembers). */
  async execute(query: ListMembersQuery, asOperator = false): Promise<Page<MemberView>> {
    const em = this.orm.em.fork() as EntityManager;
    const { actor, enterpriseNumber } = query;
    if (!asOperator) await this.authorization.require(em, { ...actor, enterpriseNumber, capability: Capability.MANAGE_MEMBERS });
    else if (!actor.isOperator)
      throw ProblemException.of('missingPermission', 'Only platform operators inspect the members of an enterprise.');
    else await this.authorization.require(em, { ...actor, enterpriseNumber, capability: Capability.VIEW_ENTERPRISE });
    const { cursor, userId } = query.input;
    const after = cursor === undefined ? {} : { userId: { $gt: decodeCursor(cursor, ['text'])[0] } };
    const only = userId === undefined ? {} : { userId };
    const limit = pageLimit(query.input);
    const records = await em.find(MemberRecord, { enterpriseNumber, ...after, ...only }, { orderBy: { userId: 'asc' }, limit: limit + 1 });
    const items = records.slice(0, limit);
    const decisions = await em.find(PermissionDecisionRecord, {
      enterpriseNumber,
      permission: TECHNICAL_CHANNELS_PERMISSION,
      userId: { $in: items.map((member) => member.userId) },
    });
    const decisionOf = new Map(decisions.map((decision) => [decision.userId, decision]));
    return pageOf(
      records,
      limit,
      (member) => [member.userId],
      (member) => memberView(member, asRightDecision(decisionOf.get(member.userId) ?? null)),
    );
  }
}
