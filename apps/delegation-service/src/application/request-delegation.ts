import {
  DelegationAction,
  DelegationParty,
  type DelegationView,
  ProblemException,
  RequestDelegation,
  type RequestDelegationCommand,
} from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DELEGATION_SETTINGS, type DelegationSettings } from '../delegation-settings';
import { endDateOf, openRequest } from '../domain/delegation-lifecycle';
import { checkRequest, ensureDelegable, initiatorOf } from '../domain/delegation-request-rules';
import { chargeAttempt } from '../domain/relaunch-policy';
import { lockRelaunchCounter } from '../persistence/delegation-locks';
import { toDelegationView } from '../persistence/delegation-view';
import { Delegation } from '../persistence/delegation.entity';
import { flushKeepingOneLive } from '../persistence/live-delegation-conflict';
import { PartyDirectory } from './party-directory';
import { recordChange } from './record-change';

/** `POST /enterprises/{cbe}/delegations`: either party asks the other for a delegation of one REST account. */
@Injectable()
export class RequestDelegationUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    private readonly directory: PartyDirectory,
    @Inject(DELEGATION_SETTINGS) private readonly settings: DelegationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: RequestDelegationCommand, idempotencyKey?: string): Promise<DelegationView> {
    const { actor, enterpriseNumber, input: request } = command;
    const initiatedBy = initiatorOf(request, enterpriseNumber);
    ensureDelegable(request.companyQuality, this.settings.delegableQualities);
    // Asked before the transaction opens: no row stays locked while another service answers.
    if (request.endsOn !== undefined && initiatedBy !== DelegationParty.COMPANY) {
      throw ProblemException.of('missingPermission', 'Only the company that holds the REST account sets an end date.');
    }
    const endsOn = endDateOf(request.endsOn, this.clock.now());
    const scopes = checkRequest(request, await this.directory.factsOf(request));
    return runCommand(this.orm, { subject: RequestDelegation.subject, request: command, idempotencyKey }, async (tx) => {
      const now = this.clock.now();
      let intermediaryRelaunches: { used: number; limit: number } | undefined;
      if (initiatedBy === DelegationParty.INTERMEDIARY) {
        const counter = await lockRelaunchCounter(tx, request);
        if (chargeAttempt(counter, initiatedBy, 'NEW_REQUEST', this.settings.relaunchLimit)) counter.updatedAt = now;
        intermediaryRelaunches = { used: counter.used, limit: this.settings.relaunchLimit };
      }
      const delegation = tx.create(Delegation, {
        id: uuidv7(),
        companyEnterpriseNumber: request.companyEnterpriseNumber,
        companyQuality: request.companyQuality,
        intermediaryEnterpriseNumber: request.intermediaryEnterpriseNumber,
        restAccountId: request.restAccountId,
        scopes,
        createdAt: now,
        ...openRequest(initiatedBy, { now, pendingDays: this.settings.pendingDays }),
        endsOn,
      });
      recordChange(tx, this.events, delegation, {
        action: DelegationAction.REQUEST,
        fromStatus: null,
        actor: { userId: actor.userId, enterpriseNumber, party: initiatedBy },
        at: now,
        scopes,
        intermediaryRelaunches,
      });
      await flushKeepingOneLive(tx, delegation);
      return toDelegationView(delegation);
    });
  }
}
