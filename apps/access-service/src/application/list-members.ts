import {
  Capability,
  DEFAULT_PAGE_LIMIT,
  type ListMembersQuery,
  type MemberView,
  type Page,
  ProblemException,
  SCHEMA_VIOLATION_ISSUE_TYPE,
  TECHNICAL_CHANNELS_PERMISSION,
} from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { decodeMemberCursor, encodeMemberCursor } from '../domain/member-cursor';
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

  async execute(query: ListMembersQuery): Promise<Page<MemberView>> {
    const em = this.orm.em.fork() as EntityManager;
    const { actor, enterpriseNumber } = query;
    await this.authorization.require(em, { ...actor, enterpriseNumber, capability: Capability.MANAGE_MEMBERS });
    const after = query.cursor === undefined ? null : (decodeMemberCursor(query.cursor) ?? invalidCursor(query.cursor));
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const records = await em.find(
      MemberRecord,
      { enterpriseNumber, ...(after === null ? {} : { userId: { $gt: after } }) },
      { orderBy: { userId: 'asc' }, limit: limit + 1 },
    );
    const items = records.slice(0, limit);
    const decisions = await em.find(PermissionDecisionRecord, {
      enterpriseNumber,
      permission: TECHNICAL_CHANNELS_PERMISSION,
      userId: { $in: items.map((member) => member.userId) },
    });
    const decisionOf = new Map(decisions.map((decision) => [decision.userId, decision]));
    return {
      items: items.map((member) => memberView(member, asRightDecision(decisionOf.get(member.userId) ?? null))),
      ...(records.length > limit ? { nextCursor: encodeMemberCursor(items[items.length - 1].userId) } : {}),
    };
  }
}

function invalidCursor(cursor: string): never {
  throw ProblemException.of('badRequest', 'The cursor is not one this listing gave.', {
    issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, in: 'query', name: 'cursor', value: cursor, detail: 'unknown cursor' }],
  });
}
