import { ChangeDelegationScopes, type ChangeDelegationScopesCommand, DelegationAction, type DelegationView } from '@chaman/contracts';
import { CLOCK, type Clock, ensureExpectedVersion, EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { DELEGATION_SETTINGS, type DelegationSettings } from '../delegation-settings';
import { applyTransition, endDateOf, ensureTransitionAllowed } from '../domain/delegation-lifecycle';
import { partyOf } from '../domain/delegation-parties';
import { ensureScopesOfAccount } from '../domain/delegation-request-rules';
import { findDelegationOfParty, lockDelegationOfParty } from '../persistence/delegation-locks';
import { toDelegationView } from '../persistence/delegation-view';
import { PartyDirectory } from './party-directory';
import { recordChange } from './record-change';

/** `PATCH /enterprises/{cbe}/delegations/{id}`: the company replaces the scopes of an accepted delegation, and/or its end date. */
@Injectable()
export class ChangeDelegationScopesUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    private readonly directory: PartyDirectory,
    @Inject(DELEGATION_SETTINGS) private readonly settings: DelegationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: ChangeDelegationScopesCommand, idempotencyKey?: string): Promise<DelegationView> {
    const {
      actor,
      enterpriseNumber,
      target: { id: delegationId },
      input: change,
    } = command;
    // Who and which status are checked first, and the account's scopes asked before any lock is taken.
    const current = await findDelegationOfParty(this.orm.em.fork() as EntityManager, delegationId, enterpriseNumber);
    const party = partyOf(current, enterpriseNumber)!;
    const { scopes } = change;
    if (scopes !== undefined) ensureTransitionAllowed(current, DelegationAction.CHANGE_SCOPES, party, this.lifecycleClock());
    if (change.endsOn !== undefined) ensureTransitionAllowed(current, DelegationAction.CHANGE_END_DATE, party, this.lifecycleClock());
    const endsOn = change.endsOn === undefined ? undefined : endDateOf(change.endsOn, this.clock.now());
    if (scopes !== undefined) {
      const account = await this.directory.restAccount(current.restAccountId);
      ensureScopesOfAccount(scopes, account?.scopes ?? []);
    }

    return runCommand(this.orm, { subject: ChangeDelegationScopes.subject, request: command, idempotencyKey }, async (tx) => {
      const delegation = await lockDelegationOfParty(tx, delegationId, enterpriseNumber);
      ensureExpectedVersion(command.expectedVersion, delegation.updatedAt, `Delegation ${delegation.id}`);
      const clock = this.lifecycleClock();
      const fromStatus = delegation.status;
      const acting = { userId: actor.userId, enterpriseNumber, party };
      if (scopes !== undefined) {
        const previousScopes = delegation.scopes;
        applyTransition(delegation, DelegationAction.CHANGE_SCOPES, party, clock);
        delegation.scopes = scopes;
        recordChange(tx, this.events, delegation, {
          action: DelegationAction.CHANGE_SCOPES,
          fromStatus,
          actor: acting,
          at: clock.now,
          reason: change.reason,
          scopes,
          previousScopes,
        });
      }
      // The same end date again changes nothing and says nothing.
      if (endsOn !== undefined && (endsOn?.getTime() ?? null) !== (delegation.endsOn?.getTime() ?? null)) {
        applyTransition(delegation, DelegationAction.CHANGE_END_DATE, party, clock);
        delegation.endsOn = endsOn;
        recordChange(tx, this.events, delegation, {
          action: DelegationAction.CHANGE_END_DATE,
          fromStatus,
          actor: acting,
          at: clock.now,
          reason: change.reason,
        });
      }
      await tx.flush();
      return toDelegationView(delegation);
    });
  }

  private lifecycleClock() {
    return { now: this.clock.now(), pendingDays: this.settings.pendingDays };
  }
}
