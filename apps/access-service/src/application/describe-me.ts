import { type DescribeMeQuery, type MeView, type MyEnterprise, technicalChannelsRight } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { senderStatuses } from '../domain/sender-statuses';
import { membershipsOf } from '../persistence/memberships-of-person';
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
    const { userId, isOperator } = query.actor;
    const memberships = await membershipsOf(this.orm.em.fork() as EntityManager, userId, MAX_ENTERPRISES);
    const existing = await this.senders.sendersOf(memberships.map((membership) => membership.enterpriseNumber));
    const mine = memberships.map(
      ({ enterpriseNumber, name, qualities, position, decision }): MyEnterprise => ({
        enterpriseNumber,
        name,
        qualities,
        position,
        holdsTechnicalChannelsRight: technicalChannelsRight(position, decision).held,
        senders: senderStatuses(enterpriseNumber, qualities, existing),
      }),
    );
    return { userId, name: query.input.name, email: query.input.email, isOperator, enterprises: mine, sendersKnown: existing !== null };
  }
}
