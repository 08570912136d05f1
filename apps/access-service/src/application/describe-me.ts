import { type DescribeMeQuery, type MeView, type MyEnterprise, type Quality, technicalChannelsRight } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { delegationRoles } from '../domain/delegation-roles';
import { senderStatuses } from '../domain/sender-statuses';
import { membershipsOf } from '../persistence/memberships-of-person';
import { SenderDirectory } from './sender-directory';

/** The deployment's delegable qualities (`DELEGABLE_QUALITIES`, the setting the delegation-service enforces). */
export const DELEGABLE_QUALITIES = Symbol('DELEGABLE_QUALITIES');

/** A person holds positions in a handful of enterprises; this bounds a pathological case. */
const MAX_ENTERPRISES = 500;

/**
 * `GET /me`: who the person is, their enterprises, per quality whether a sender still has to be created, and the
 * part each enterprise can take in delegations.
 */
@Injectable()
export class DescribeMeUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly senders: SenderDirectory,
    @Inject(DELEGABLE_QUALITIES) private readonly delegable: ReadonlySet<Quality>,
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
        ...delegationRoles(qualities, this.delegable),
      }),
    );
    return {
      userId,
      name: query.input.name,
      email: query.input.email,
      isOperator,
      enterprises: mine,
      sendersKnown: existing !== null,
      delegableQualities: [...this.delegable],
    };
  }
}
