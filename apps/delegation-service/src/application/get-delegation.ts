import type { DelegationDetail, GetDelegationQuery } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { DELEGATION_SETTINGS, type DelegationSettings } from '../delegation-settings';
import { relaunchesLeft } from '../domain/relaunch-policy';
import { findDelegationOfParty } from '../persistence/delegation-locks';
import { DelegationTransition } from '../persistence/delegation-transition.entity';
import { toDelegationView, toHistoryEntry } from '../persistence/delegation-view';
import { RelaunchCounter } from '../persistence/relaunch-counter.entity';
import { PartyProjection } from '../projection/party-projection';
import { withPartyNames } from './party-names';
import { withViewerActions } from './viewer-actions';

/** `GET /enterprises/{cbe}/delegations/{id}`: the delegation, its whole history and the intermediary's relaunch allowance. */
@Injectable()
export class GetDelegationUseCase {
  constructor(
    private readonly orm: MikroORM,
    @Inject(DELEGATION_SETTINGS) private readonly settings: DelegationSettings,
    private readonly parties: PartyProjection,
  ) {}

  async execute({ enterpriseNumber, target: { id: delegationId } }: GetDelegationQuery): Promise<DelegationDetail> {
    const em = this.orm.em.fork() as EntityManager;
    const delegation = await findDelegationOfParty(em, delegationId, enterpriseNumber);
    const [history, counter] = await Promise.all([
      em.find(DelegationTransition, { delegation }, { orderBy: { id: 'asc' } }),
      em.findOne(RelaunchCounter, {
        intermediaryEnterpriseNumber: delegation.intermediaryEnterpriseNumber,
        companyEnterpriseNumber: delegation.companyEnterpriseNumber,
        companyQuality: delegation.companyQuality,
      }),
    ]);
    const intermediaryRelaunches = { used: counter?.used ?? 0, limit: this.settings.relaunchLimit };
    return {
      ...withViewerActions(withPartyNames(toDelegationView(delegation), this.parties), enterpriseNumber),
      history: history.map(toHistoryEntry),
      intermediaryRelaunches,
      ...(delegation.intermediaryEnterpriseNumber === enterpriseNumber
        ? { relaunchesLeft: relaunchesLeft(intermediaryRelaunches.used, intermediaryRelaunches.limit) }
        : {}),
    };
  }
}
