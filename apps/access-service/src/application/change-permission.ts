import { technicalChannelsRight } from '@chaman/access-policy';
import { AccessEvents, GrantPermission, type PermissionCommand, RevokePermission, type PermissionView } from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { permissionChangeFault } from '../domain/membership-rules';
import { PermissionDecisionRecord } from '../persistence/permission-decision.entity';
import { asRightDecision, findMember, findRightDecision } from '../persistence/member-lookups';
import { permissionView } from './access-views';
import { lockedActor, memberNotFound, refuseOn } from './member-commands';

/**
 * Grants (`granted`) or revokes the technical-channels right of a member. Asking for the state the member is
 * already in changes nothing and records no event, so PUT and DELETE stay idempotent.
 */
@Injectable()
export class ChangePermissionUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: PermissionCommand, granted: boolean): Promise<PermissionView> {
    return runCommand(this.orm, { subject: (granted ? GrantPermission : RevokePermission).subject, request: command }, async (em) => {
      const {
        actor,
        enterpriseNumber,
        target: { userId, permission },
      } = command;
      const acting = await lockedActor(em, enterpriseNumber, actor.userId);
      const target = await findMember(em, enterpriseNumber, userId);
      if (!target) throw memberNotFound(enterpriseNumber, userId);
      refuseOn(permissionChangeFault(acting, target));
      const existing = await findRightDecision(em, enterpriseNumber, userId);
      if (technicalChannelsRight(target.position, asRightDecision(existing)).held === granted) {
        return permissionView(target, asRightDecision(existing));
      }
      const decision = { granted, decidedBy: actor.userId, decidedAt: this.clock.now() };
      if (existing) em.assign(existing, decision);
      else em.create(PermissionDecisionRecord, { enterpriseNumber, userId, permission, ...decision });
      this.events.record(em, granted ? AccessEvents.permissionGranted : AccessEvents.permissionRevoked, enterpriseNumber, {
        actorUserId: actor.userId,
        enterpriseNumber,
        userId,
        permission,
        decidedAt: decision.decidedAt.toISOString(),
      });
      await em.flush();
      return permissionView(target, decision);
    });
  }
}
