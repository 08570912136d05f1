import { AccessEvents, RemoveMember, type RemoveMemberCommand, type RemoveMemberReply } from '@chaman/contracts';
import { EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { removalFault } from '../domain/membership-rules';
import { PermissionDecisionRecord } from '../persistence/permission-decision.entity';
import { findMember } from '../persistence/member-lookups';
import { lockedActor, refuseOn } from './member-commands';

/** An access manager removes a member (and with them every right decided for them). */
@Injectable()
export class RemoveMemberUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
  ) {}

  execute(command: RemoveMemberCommand): Promise<RemoveMemberReply> {
    return runCommand(this.orm, { subject: RemoveMember.subject, request: command }, async (em) => {
      const {
        actor,
        enterpriseNumber,
        target: { userId },
      } = command;
      const acting = await lockedActor(em, enterpriseNumber, actor.userId);
      const target = await findMember(em, enterpriseNumber, userId);
      if (!target) return { removed: false };
      refuseOn(removalFault(acting, target));
      await em.nativeDelete(PermissionDecisionRecord, { enterpriseNumber, userId });
      em.remove(target);
      this.events.record(em, AccessEvents.memberRemoved, enterpriseNumber, {
        actorUserId: actor.userId,
        enterpriseNumber,
        userId,
        position: target.position,
      });
      await em.flush();
      return { removed: true };
    });
  }
}
