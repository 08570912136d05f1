import { ChangeDelegationScopes, type ChangeDelegationScopesCommand, DelegationAction, type DelegationView } from '@chaman/contracts';
import { ensureExpectedVersion, EventRecorder, idempotent } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { DELEGATION_SETTINGS, type DelegationSettings } from '../delegation-settings';
import { applyTransition, ensureTransitionAllowed } from '../domain/delegation-lifecycle';
import { partyOf } from '../domain/delegation-parties';
import { ensureScopesOfAccount } from '../domain/delegation-request-rules';
import { findDelegationOfParty, lockDelegationOfParty } from '../persistence/delegation-locks';
import { toDelegationView } from '../persistence/delegation-view';
import { PartyDirectory } from './party-directory';
import { recordChange } from './record-change';

/** `PATCH /enterprises/{cbe}/delegations/{id}`: the company replaces the scopes of an accepted delegation. */
@Injectable()
export class ChangeDelegationScopesUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    private readonly directory: PartyDirectory,
    @Inject(DELEGATION_SETTINGS) private readonly settings: DelegationSettings,
  ) {}

  async execute(command: ChangeDelegationScopesCommand, idempotencyKey?: string): Promise<DelegationView> {
    const { actor, enterpriseNumber, target: { id: delegationId }, input: change } = command;
    // Who and which status are checked first, and the account's scopes asked before any lock is taken.
    const current = await findDelegationOfParty(this.orm.em.fork() as EntityManager, delegationId, enterpriseNumber);
    const party = partyOf(current, enterpriseNumber)!;
    ensureTransitionAllowed(current, DelegationAction.CHANGE_SCOPES, party, this.clock());
    const account = await this.directory.restAccount(current.restAccountId);
    ensureScopesOfAccount(change.scopes, account?.scopes ?? []);

    const em = this.orm.em.fork() as EntityManager;
    return em.transactional((tx) =>
      idempotent(tx, { subject: ChangeDelegationScopes.subject, request: command }, idempotencyKey, async () => {
        const delegation = await lockDelegationOfParty(tx, delegationId, enterpriseNumber);
        ensureExpectedVersion(command.expectedVersion, delegation.updatedAt, `Delegation ${delegation.id}`);
        const clock = this.clock();
        const fromStatus = delegation.status;
        const previousScopes = delegation.scopes;
        applyTransition(delegation, DelegationAction.CHANGE_SCOPES, party, clock);
        delegation.scopes = change.scopes;
        recordChange(tx, this.events, delegation, {
          action: DelegationAction.CHANGE_SCOPES,
          fromStatus,
          actor: { userId: actor.userId, enterpriseNumber, party },
          at: clock.now,
          reason: change.reason,
          scopes: change.scopes,
          previousScopes,
        });
        await tx.flush();
        return toDelegationView(delegation);
      }),
    );
  }

  private clock() {
    return { now: new Date(), pendingDays: this.settings.pendingDays };
  }
}
