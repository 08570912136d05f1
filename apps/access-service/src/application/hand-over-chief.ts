import { AccessEvents, type HandOverChiefCommand, type MemberView, Position, ProblemException, notFoundDetail } from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { handOverFault, positionsAfterHandOver } from '../domain/chief-hand-over';
import { MemberRecord } from '../persistence/member.entity';
import { PermissionDecisionRecord } from '../persistence/permission-decision.entity';
import { findMember, findRightDecision, lockEnterprise, memberRightData } from '../persistence/member-lookups';
import { memberView } from './access-views';
import { memberNotFound, refuseOn } from './member-commands';

/**
 * `PUT /enterprises/{cbe}/chief-access-manager`: the enterprise row is locked, so concurrent hand-overs take turns
 * and each sees the chief the previous one left; the unique index on the chief's position backs it up. Always
 * exactly one chief.
 */
@Injectable()
export class HandOverChiefUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: HandOverChiefCommand): Promise<MemberView> {
    return (this.orm.em.fork() as EntityManager).transactional(async (em: EntityManager) => {
      const { actor, enterpriseNumber, input } = command;
      const enterprise = await lockEnterprise(em, enterpriseNumber);
      const acting = enterprise ? await findMember(em, enterpriseNumber, actor.userId) : null;
      // An enterprise the person is no member of is answered like one that does not exist, except to an operator.
      if (!enterprise || (!acting && !actor.isOperator)) throw ProblemException.of('resourceNotFound', notFoundDetail(enterpriseNumber));
      refuseOn(handOverFault({ userId: actor.userId, isOperator: actor.isOperator, member: acting }));
      const successor = await findMember(em, enterpriseNumber, input.userId);
      if (!successor) throw memberNotFound(enterpriseNumber, input.userId);
      const chief = await em.findOneOrFail(MemberRecord, { enterpriseNumber, position: Position.CHIEF_ACCESS_MANAGER });
      if (chief.userId === successor.userId) return memberView(successor, null);
      const positions = positionsAfterHandOver(chief, successor);
      const now = this.clock.now();
      // The previous chief steps down first: the one-chief index never sees two.
      em.assign(chief, { position: positions.previousChief, updatedAt: now });
      await em.flush();
      await em.nativeDelete(PermissionDecisionRecord, { enterpriseNumber, userId: successor.userId });
      em.assign(successor, { position: positions.successor, updatedAt: now });
      await em.flush();
      for (const changed of [chief, successor]) {
        this.events.record(em, AccessEvents.memberChanged, enterpriseNumber, {
          actorUserId: actor.userId,
          enterpriseNumber,
          userId: changed.userId,
          position: changed.position,
          name: changed.name,
          email: changed.email,
          technicalChannels: memberRightData(changed.position, await findRightDecision(em, enterpriseNumber, changed.userId)),
        });
      }
      this.events.record(em, AccessEvents.chiefHandedOver, enterpriseNumber, {
        actorUserId: actor.userId,
        // Anyone but the chief who may do this is a platform operator: an operator action, audited as one.
        byOperator: acting?.userId !== chief.userId,
        enterpriseNumber,
        userId: successor.userId,
        previousUserId: chief.userId,
        name: successor.name,
        email: successor.email,
        previousName: chief.name,
        previousEmail: chief.email,
      });
      return memberView(successor, null);
    });
  }
}
