import { type DescribeMeQuery, type ExistingSender, type MeView, type MyEnterprise, technicalChannelsRight } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { senderStatuses } from '../domain/sender-statuses';
import { type Membership, membershipsOf } from '../persistence/memberships-of-person';
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
    const existing = await this.existingSenders(memberships);
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

  /**
   * The senders learned from the sender events; only an enterprise with a quality that has none yet (a sender
   * created a moment ago may not have arrived) is asked of the sender-service, which has the last word.
   */
  private async existingSenders(memberships: Membership[]): Promise<ExistingSender[] | null> {
    const incomplete = memberships.filter(({ qualities, senders }) => qualities.some((quality) => !senders.some((sender) => sender.quality === quality)));
    const known = memberships.filter((membership) => !incomplete.includes(membership)).flatMap((membership) => membership.senders);
    if (incomplete.length === 0) return known;
    const asked = await this.senders.sendersOf(incomplete.map((membership) => membership.enterpriseNumber));
    return asked === null ? null : [...known, ...asked];
  }
}
