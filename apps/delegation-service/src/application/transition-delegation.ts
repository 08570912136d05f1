import {
  DelegationAction,
  DelegationParty,
  type DelegationView,
  TransitionDelegation,
  type TransitionDelegationCommand,
} from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { DELEGATION_SETTINGS, type DelegationSettings } from '../delegation-settings';
import { applyTransition } from '../domain/delegation-lifecycle';
import { partyOf } from '../domain/delegation-parties';
import { chargeAttempt, recordRefusal } from '../domain/relaunch-policy';
import { lockDelegationOfParty, lockRelaunchCounter } from '../persistence/delegation-locks';
import { toDelegationView } from '../persistence/delegation-view';
import { flushKeepingOneLive } from '../persistence/live-delegation-conflict';
import { recordChange } from './record-change';

/** `POST …/delegations/{id}/accept|refuse|relaunch|cancel|revoke|renounce`, by the party the lifecycle allows. */
@Injectable()
export class TransitionDelegationUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(DELEGATION_SETTINGS) private readonly settings: DelegationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: TransitionDelegationCommand, idempotencyKey?: string): Promise<DelegationView> {
    const {
      actor,
      enterpriseNumber,
      target: { id: delegationId, action },
      input: { reason },
    } = command;
    return runCommand(this.orm, { subject: TransitionDelegation.subject, request: command, idempotencyKey }, async (tx) => {
      const now = this.clock.now();
      // The row lock serializes every change of one delegation: concurrent twins see the state the first one left.
      const delegation = await lockDelegationOfParty(tx, delegationId, enterpriseNumber);
      const party = partyOf(delegation, enterpriseNumber)!;
      const fromStatus = delegation.status;
      applyTransition(delegation, action, party, { now, pendingDays: this.settings.pendingDays });
      let intermediaryRelaunches: { used: number; limit: number } | undefined;
      if (action === DelegationAction.RELAUNCH) {
        const counter = await lockRelaunchCounter(tx, delegation);
        if (chargeAttempt(counter, party, 'RELAUNCH', this.settings.relaunchLimit)) counter.updatedAt = now;
        if (party === DelegationParty.INTERMEDIARY) intermediaryRelaunches = { used: counter.used, limit: this.settings.relaunchLimit };
      }
      if (action === DelegationAction.REFUSE) {
        const counter = await lockRelaunchCounter(tx, delegation);
        recordRefusal(counter, party);
        counter.updatedAt = now;
      }
      recordChange(tx, this.events, delegation, {
        action,
        fromStatus,
        actor: { userId: actor.userId, enterpriseNumber, party },
        at: now,
        reason,
        intermediaryRelaunches,
      });
      await flushKeepingOneLive(tx, delegation);
      return toDelegationView(delegation);
    });
  }
}
