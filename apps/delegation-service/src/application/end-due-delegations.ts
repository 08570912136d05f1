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

/** Ends every pending or accepted delegation whose end date the clock has reached, each with its `ended` event. */
@Injectable()
export class EndDueDelegationsUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(DELEGATION_SETTINGS) private readonly settings: DelegationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns how many delegations ended. */
  async execute(): Promise<number> {
    const now = this.clock.now();
    let ended = 0;
    for (;;) {
      const batch = await this.endBatch(now);
      ended += batch;
      if (batch < BATCH) return ended;
    }
  }

  private endBatch(now: Date): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      // Skip what another replica (or a party's change) holds: it is looked at again next sweep.
      const due = await tx.find(
        Delegation,
        { status: { $in: [DelegationStatus.PENDING, DelegationStatus.ACCEPTED] }, endsOn: { $lte: now } },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, orderBy: { endsOn: 'asc' }, limit: BATCH },
      );
      for (const delegation of due) {
        const fromStatus = delegation.status;
        applyTransition(delegation, DelegationAction.END, 'SYSTEM', { now, pendingDays: this.settings.pendingDays });
        recordChange(tx, this.events, delegation, { action: DelegationAction.END, fromStatus, actor: null, at: now });
      }
      await tx.flush();
      return due.length;
    });
  }
}
