import { DelegationAction, DelegationStatus } from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder } from '@chaman/platform';
import { LockMode, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { DELEGATION_SETTINGS, type DelegationSettings } from '../delegation-settings';
import { applyTransition } from '../domain/delegation-lifecycle';
import { Delegation } from '../persistence/delegation.entity';
import { recordChange } from './record-change';

const BATCH = 100;

/** Expires every pending request whose period ended by `now`, each with its `expired` event. */
@Injectable()
export class ExpirePendingDelegationsUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(DELEGATION_SETTINGS) private readonly settings: DelegationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns how many requests expired. `now` is a parameter so that tests can run the sweep far in the future. */
  async execute(now: Date = this.clock.now()): Promise<number> {
    let expired = 0;
    for (;;) {
      const batch = await this.expireBatch(now);
      expired += batch;
      if (batch < BATCH) return expired;
    }
  }

  private expireBatch(now: Date): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      // Skip what another replica (or a party's transition) holds: it will be looked at again next sweep.
      const due = await tx.find(
        Delegation,
        { status: DelegationStatus.PENDING, expiresAt: { $lte: now } },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, orderBy: { expiresAt: 'asc' }, limit: BATCH },
      );
      for (const delegation of due) {
        applyTransition(delegation, DelegationAction.EXPIRE, 'SYSTEM', { now, pendingDays: this.settings.pendingDays });
        recordChange(tx, this.events, delegation, {
          action: DelegationAction.EXPIRE,
          fromStatus: DelegationStatus.PENDING,
          actor: null,
          at: now,
        });
      }
      await tx.flush();
      return due.length;
    });
  }
}
