import { technicalChannelsRight } from '@chaman/access-policy';
import { type DescribeMeQuery, type ExistingSender, type MeView, type MyEnterprise, type Quality } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { delegationRoles } from '../domain/delegation-roles';
import { senderStatuses } from '../domain/sender-statuses';
import { type Membership, membershipsOf } from '../persistence/memberships-of-person';
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
    const memberships = await membershipsOf(this.orm, userId, MAX_ENTERPRISES);
    const existing = await this.existingSenders(memberships);
    const mine = memberships.map(({ enterpriseNumber, name, qualities, position, decision }): MyEnterprise => ({
      enterpriseNumber,
      name,
      qualities,
      position,
      holdsTechnicalChannelsRight: technicalChannelsRight(position, decision).held,
      senders: senderStatuses(enterpriseNumber, qualities, existing),
      ...delegationRoles(qualities, this.delegable),
    }));
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

  /**
   * The senders learned from the sender events; only an enterprise with a quality that has none yet (a sender
   * created a moment ago may not have arrived) is asked of the sender-service, which has the last word.
   */
  private async existingSenders(memberships: Membership[]): Promise<ExistingSender[] | null> {
    const incomplete = memberships.filter(({ qualities, senders }) =>
      qualities.some((quality) => !senders.some((sender) => sender.quality === quality)),
    );
    const known = memberships.filter((membership) => !incomplete.includes(membership)).flatMap((membership) => membership.senders);
    if (incomplete.length === 0) return known;
    const asked = await this.senders.sendersOf(incomplete.map((membership) => membership.enterpriseNumber));
    return asked === null ? null : [...known, ...asked];
  }
}
