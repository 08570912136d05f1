import { AccessEvents, type ChiefHandedOverData, type CloudEvent, type EnterpriseRegisteredData, type MemberData } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { chiefHandedOver } from '../domain/messages';
import { removeMember, saveEnterprise, saveMember } from '../persistence/projection';
import { MailWriter } from './mail-writer';
import { labelOf } from './party-labels';
import { Recipients } from './recipients';

/** Keeps enterprise names and members (access managers get the mail where a party has no sender). */
@Injectable()
export class OnAccessEvent {
  constructor(
    private readonly mail: MailWriter,
    private readonly recipients: Recipients,
  ) {}

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    switch (event.type) {
      case AccessEvents.enterpriseRegistered.type: {
        const data = event.data as EnterpriseRegisteredData;
        return saveEnterprise(em, data.enterpriseNumber, data.name);
      }
      case AccessEvents.memberAppointed.type:
      case AccessEvents.memberChanged.type: {
        const data = event.data as MemberData;
        return saveMember(em, data.enterpriseNumber, {
          userId: data.userId,
          position: data.position,
          name: data.name ?? null,
          email: data.email ?? null,
        });
      }
      case AccessEvents.memberRemoved.type: {
        const data = event.data as MemberData;
        return removeMember(em, data.enterpriseNumber, data.userId);
      }
      case AccessEvents.chiefHandedOver.type:
        return this.chiefHandedOver(event as CloudEvent<ChiefHandedOverData>, em);
    }
  }

  /** Both people are told: the new chief and the one who stepped down. */
  private async chiefHandedOver({ id, data }: CloudEvent<ChiefHandedOverData>, em: EntityManager): Promise<void> {
    const people = [
      { email: data.email, name: data.name ?? data.userId },
      { email: data.previousEmail, name: data.previousName ?? data.previousUserId },
    ];
    const recipients = people.flatMap((person) => (person.email ? [this.recipients.person(person.email, person.name)] : []));
    await this.mail.write(em, id, recipients, chiefHandedOver, {
      enterprise: await labelOf(em, data.enterpriseNumber),
      newChief: people[0].name,
      previousChief: people[1].name,
      byOperator: data.byOperator,
    });
  }
}
