import { type DescribeMeQuery, type MeView, type MyEnterprise, TECHNICAL_CHANNELS_PERMISSION } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { senderStatuses } from '../domain/sender-statuses';
import { technicalChannelsRight } from '../domain/technical-channels-right';
import { EnterpriseRecord } from '../persistence/enterprise.entity';
import { MemberRecord } from '../persistence/member.entity';
import { asRightDecision } from '../persistence/member-lookups';
import { PermissionDecisionRecord } from '../persistence/permission-decision.entity';
import { SenderDirectory } from './sender-directory';

/** A person holds positions in a handful of enterprises; this bounds a pathological case. */
const MAX_ENTERPRISES = 500;

/** `GET /me`: who the person is, their enterprises and, per quality, whether a sender still has to be created. */
@Injectable()
export class DescribeMeUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly senders: SenderDirectory,
  ) {}

  async execute(query: DescribeMeQuery): Promise<MeView> {
    const em = this.orm.em.fork() as EntityManager;
    const { userId, isOperator } = query.actor;
    const memberships = await em.find(MemberRecord, { userId }, { orderBy: { enterpriseNumber: 'asc' }, limit: MAX_ENTERPRISES });
    const numbers = memberships.map((member) => member.enterpriseNumber);
    const [enterprises, decisions] = await Promise.all([
      em.find(EnterpriseRecord, { enterpriseNumber: { $in: numbers } }),
      em.find(PermissionDecisionRecord, { userId, permission: TECHNICAL_CHANNELS_PERMISSION, enterpriseNumber: { $in: numbers } }),
    ]);
    const existing = await this.senders.sendersOf(numbers);
    const enterpriseOf = new Map(enterprises.map((enterprise) => [enterprise.enterpriseNumber, enterprise]));
    const decisionOf = new Map(decisions.map((decision) => [decision.enterpriseNumber, decision]));
    const mine = memberships.map((member): MyEnterprise => {
      const enterprise = enterpriseOf.get(member.enterpriseNumber)!;
      return {
        enterpriseNumber: member.enterpriseNumber,
        name: enterprise.name,
        qualities: enterprise.qualities,
        position: member.position,
        holdsTechnicalChannelsRight: technicalChannelsRight(member.position, asRightDecision(decisionOf.get(member.enterpriseNumber) ?? null)).held,
        senders: senderStatuses(member.enterpriseNumber, enterprise.qualities, existing),
      };
    });
    return { userId, name: query.input.name, email: query.input.email, isOperator, enterprises: mine, sendersKnown: existing !== null };
  }
}
