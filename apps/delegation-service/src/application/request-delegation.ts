import {
  DelegationAction,
  DelegationEvents,
  DelegationParty,
  type DelegationView,
  ProblemException,
  RequestDelegation,
  type RequestDelegationCommand,
} from '@chaman/contracts';
import {
  CLOCK,
  type Clock,
  EventRecorder,
  type IdempotencyClaim,
  idempotencyClaimOf,
  inSqlTransaction,
  withPooledConnection,
} from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DELEGATION_SETTINGS, type DelegationSettings } from '../delegation-settings';
import { endDateOf, openRequest } from '../domain/delegation-lifecycle';
import { checkRequest, ensureDelegable, initiatorOf } from '../domain/delegation-request-rules';
import { chargeAttempt } from '../domain/relaunch-policy';
import { claimKey, lockCounter, replayed, writeNewDelegation } from '../persistence/delegation-request-statements';
import { toDelegationView } from '../persistence/delegation-view';
import { PartyDirectory } from './party-directory';
import { type ActingParty, eventDataOf } from './record-change';

/** What one request writes, the event aside: the delegation's view (also its reply) and who asked. */
interface NewRequest {
  view: DelegationView;
  actor: ActingParty;
}

/**
 * `POST /enterprises/{cbe}/delegations`: either party asks the other for a delegation of one REST account.
 * Plain SQL (docs/benchmark.md): a company's request is one statement — Idempotency-Key claimed with its reply,
 * delegation, history line and outbox event, all or nothing; an intermediary's takes a transaction, where the key
 * is claimed before its relaunch counter is locked and charged.
 */
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
    const now = this.clock.now();
    const view = toDelegationView({
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
    const claim = idempotencyKey ? idempotencyClaimOf({ subject: RequestDelegation.subject, request: command }, idempotencyKey) : null;
    const next: NewRequest = { view, actor: { userId: actor.userId, enterpriseNumber, party: initiatedBy } };
    const reply = initiatedBy === DelegationParty.INTERMEDIARY ? await this.byIntermediary(claim, next) : await this.byCompany(claim, next);
    if (reply === view) this.events.committed();
    return reply;
  }

  private byCompany(claim: IdempotencyClaim | null, next: NewRequest): Promise<DelegationView> {
    return withPooledConnection(this.orm, async (client) => {
      if (await writeNewDelegation(client, claim, this.rowOf(next))) return next.view;
      return replayed<DelegationView>(client, claim!);
    });
  }

  /** The key first (a replayed twin never charges the counter), then the counter, locked until commit. */
  private byIntermediary(claim: IdempotencyClaim | null, next: NewRequest): Promise<DelegationView> {
    const { view } = next;
    return inSqlTransaction(this.orm, async (client) => {
      if (claim && !(await claimKey(client, claim, view))) return replayed<DelegationView>(client, claim);
      const counter = { ...view, ...(await lockCounter(client, view)) };
      const counted = chargeAttempt(counter, DelegationParty.INTERMEDIARY, 'NEW_REQUEST', this.settings.relaunchLimit);
      const intermediaryRelaunches = { used: counter.used, limit: this.settings.relaunchLimit };
      await writeNewDelegation(client, null, {
        ...this.rowOf(next, intermediaryRelaunches),
        relaunchesUsed: counted ? counter.used : undefined,
      });
      return view;
    });
  }

  private rowOf({ view, actor }: NewRequest, intermediaryRelaunches?: { used: number; limit: number }) {
    const data = eventDataOf(view, {
      action: DelegationAction.REQUEST,
      fromStatus: null,
      actor,
      at: new Date(view.createdAt),
      intermediaryRelaunches,
    });
    return {
      view,
      actor,
      action: DelegationAction.REQUEST,
      event: this.events.build(DelegationEvents.requested, view.id, data),
      eventDefinition: DelegationEvents.requested,
    };
  }
}
