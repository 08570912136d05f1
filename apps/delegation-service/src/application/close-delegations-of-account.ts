import { type CloudEvent, DelegationAction, DelegationParty, type RestAccountClosedData, SenderEvents } from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder } from '@chaman/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { DELEGATION_SETTINGS, type DelegationSettings } from '../delegation-settings';
import { applyTransition, LIVE_STATUSES } from '../domain/delegation-lifecycle';
import { Delegation } from '../persistence/delegation.entity';
import { recordChange } from './record-change';

/**
 * On `rest-account-closed`: every delegation still alive on the account ends as `ACCOUNT_CLOSED`, in the history and
 * the public stream, attributed to the company that closed it. Runs in the consumer's transaction, once per event;
 * a redelivery finds nothing left alive.
 */
@Injectable()
export class CloseDelegationsOfAccountUseCase {
  constructor(
    private readonly events: EventRecorder,
    @Inject(DELEGATION_SETTINGS) private readonly settings: DelegationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(event: CloudEvent, em: EntityManager): Promise<number> {
    if (event.type !== SenderEvents.restAccountClosed.type) return 0;
    const { restAccount, actorUserId, actorEnterpriseNumber } = event.data as RestAccountClosedData;
    const now = this.clock.now();
    // Only the account's holder delegates it, so only its delegations are the holder's to end.
    const live = await em.find(
      Delegation,
      { restAccountId: restAccount.id, companyEnterpriseNumber: restAccount.enterpriseNumber, status: { $in: [...LIVE_STATUSES] } },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    for (const delegation of live) {
      const fromStatus = delegation.status;
      applyTransition(delegation, DelegationAction.CLOSE_ACCOUNT, 'SYSTEM', { now, pendingDays: this.settings.pendingDays });
      recordChange(em, this.events, delegation, {
        action: DelegationAction.CLOSE_ACCOUNT,
        fromStatus,
        actor: { userId: actorUserId, enterpriseNumber: actorEnterpriseNumber, party: DelegationParty.COMPANY },
        at: now,
      });
    }
    await em.flush();
    return live.length;
  }
}
