import {
  AccessEvents,
  Position,
  ProblemException,
  RegisterEnterprise,
  type RegisterEnterpriseCommand,
  type RegisteredEnterprise,
} from '@chaman/contracts';
import { EventRecorder, idempotent } from '@chaman/platform';
import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EnterpriseRecord } from '../persistence/enterprise.entity';
import { MemberRecord } from '../persistence/member.entity';
import { enterpriseView } from './access-views';

/** A platform operator registers an enterprise with its qualities and its chief access manager. */
@Injectable()
export class RegisterEnterpriseUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
  ) {}

  async execute(command: RegisterEnterpriseCommand, idempotencyKey?: string): Promise<RegisteredEnterprise> {
    if (!command.actor.isOperator) throw ProblemException.of('missingPermission', 'Only platform operators register enterprises.');
    try {
      return await (this.orm.em.fork() as EntityManager).transactional((em: EntityManager) =>
        idempotent(em, { subject: RegisterEnterprise.subject, request: command }, idempotencyKey, () => this.register(em, command)),
      );
    } catch (error) {
      // Two registrations racing past the existence check meet the primary key.
      if (error instanceof UniqueConstraintViolationException) throw alreadyRegistered(command.input.enterpriseNumber);
      throw error;
    }
  }

  private async register(em: EntityManager, command: RegisterEnterpriseCommand): Promise<RegisteredEnterprise> {
    const {
      actor,
      input: { enterpriseNumber, name, qualities, chiefAccessManager: chief },
    } = command;
    if (await em.findOne(EnterpriseRecord, { enterpriseNumber })) throw alreadyRegistered(enterpriseNumber);
    const enterprise = em.create(EnterpriseRecord, { enterpriseNumber, name, qualities, registeredBy: actor.userId });
    // The ORM knows no relation between the tables: the enterprise row goes first for the members' foreign key.
    await em.flush();
    em.create(MemberRecord, {
      enterpriseNumber,
      userId: chief.userId,
      name: chief.name,
      email: chief.email,
      position: Position.CHIEF_ACCESS_MANAGER,
      appointedBy: actor.userId,
    });
    this.events.record(em, AccessEvents.enterpriseRegistered, enterpriseNumber, {
      actorUserId: actor.userId,
      enterpriseNumber,
      name,
      qualities,
      chiefAccessManagerUserId: chief.userId,
    });
    this.events.record(em, AccessEvents.memberAppointed, enterpriseNumber, {
      actorUserId: actor.userId,
      enterpriseNumber,
      userId: chief.userId,
      position: Position.CHIEF_ACCESS_MANAGER,
      name: chief.name,
      email: chief.email,
      technicalChannels: { held: true, basis: 'POSITION' },
    });
    await em.flush();
    return { ...enterpriseView(enterprise), chiefAccessManager: { userId: chief.userId, name: chief.name, email: chief.email } };
  }
}

function alreadyRegistered(enterpriseNumber: string): ProblemException {
  return ProblemException.of('enterpriseAlreadyRegistered', `Enterprise ${enterpriseNumber} is already registered.`, { enterpriseNumber });
}
