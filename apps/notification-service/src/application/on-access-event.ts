import { AccessEvents, type CloudEvent, type EnterpriseRegisteredData, type MemberData } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { removeMember, saveEnterprise, saveMember } from '../persistence/projection';

/** Keeps enterprise names and members (access managers get the mail where a party has no sender). */
@Injectable()
export class OnAccessEvent {
  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    switch (event.type) {
      case AccessEvents.enterpriseRegistered.type: {
        const data = event.data as EnterpriseRegisteredData;
        return saveEnterprise(em, data.enterpriseNumber, data.name);
      }
      case AccessEvents.memberAppointed.type:
      case AccessEvents.memberChanged.type: {
        const data = event.data as MemberData;
        return saveMember(em, data.enterpriseNumber, { userId: data.userId, position: data.position, name: data.name ?? null, email: data.email ?? null });
      }
      case AccessEvents.memberRemoved.type: {
        const data = event.data as MemberData;
        return removeMember(em, data.enterpriseNumber, data.userId);
      }
    }
  }
}
