import { AccessEvents, type AppointMemberCommand, type AppointMemberReply } from '@chaman/contracts';
import { EventRecorder } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { appointmentFault } from '../domain/membership-rules';
import { MemberRecord } from '../persistence/member.entity';
import { PermissionDecisionRecord } from '../persistence/permission-decision.entity';
import { asRightDecision, findMember, findRightDecision, memberRightData } from '../persistence/member-lookups';
import { memberView } from './access-views';
import { lockedActor, refuseOn } from './member-commands';

/** An access manager appoints a person, or changes a member's position or details (PUT: idempotent). */
@Injectable()
export class AppointMemberUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
  ) {}

  execute(command: AppointMemberCommand): Promise<AppointMemberReply> {
    return (this.orm.em.fork() as EntityManager).transactional(async (em: EntityManager) => {
      const {
        actor,
        enterpriseNumber,
        target: { userId },
        input: appointment,
      } = command;
      const acting = await lockedActor(em, enterpriseNumber, actor.userId);
      const target = await findMember(em, enterpriseNumber, userId);
      refuseOn(appointmentFault(acting, target, appointment.position));
      const data = {
        actorUserId: actor.userId,
        enterpriseNumber,
        userId,
        position: appointment.position,
        name: appointment.name,
        email: appointment.email,
      };
      if (!target) {
        const member = em.create(MemberRecord, { enterpriseNumber, userId, ...appointment, appointedBy: actor.userId });
        this.events.record(em, AccessEvents.memberAppointed, enterpriseNumber, {
          ...data,
          technicalChannels: memberRightData(appointment.position, null),
        });
        await em.flush();
        return { member: memberView(member, null), appointed: true };
      }
      const positionChanged = target.position !== appointment.position;
      const previous = {
        previousPosition: target.position,
        ...(target.name ? { previousName: target.name } : {}),
        ...(target.email ? { previousEmail: target.email } : {}),
      };
      if (positionChanged || target.name !== appointment.name || target.email !== appointment.email) {
        // A new position starts from its own default: a grant or withdrawal made for the old one lapses.
        if (positionChanged) await em.nativeDelete(PermissionDecisionRecord, { enterpriseNumber, userId });
        em.assign(target, { ...appointment, updatedAt: new Date() });
        const technicalChannels = memberRightData(appointment.position, await findRightDecision(em, enterpriseNumber, userId));
        this.events.record(em, AccessEvents.memberChanged, enterpriseNumber, { ...data, ...previous, technicalChannels });
        await em.flush();
      }
      return { member: memberView(target, asRightDecision(await findRightDecision(em, enterpriseNumber, userId))), appointed: false };
    });
  }
}
