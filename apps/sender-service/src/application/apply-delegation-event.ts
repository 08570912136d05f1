import {
  CertificateStatus,
  type CloudEvent,
  type DelegationView,
  GetDelegationState,
  ProblemException,
  readDelegationEventData,
  SenderEvents,
} from '@chaman/contracts';
import { BusClient, CLOCK, type Clock, EventRecorder, LOGGER, METRICS, type ServiceMetrics } from '@chaman/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { grantEffectOf, isNewerState } from '../domain/delegation-grant';
import { disagreementOf, opensGrant, parkedEventWithdraws } from '../domain/delegation-trust';
import { Certificate } from '../persistence/certificate.entity';
import {
  accountOwnerOf,
  activeGrantsOn,
  type GrantRow,
  grantOfDelegation,
  lockGrantCreatingIt,
  saveGrant,
} from '../persistence/delegation-grant-statements';
import { certificateView } from './sender-views';

/**
 * Keeps the local delegation grants in step with the delegation events: an accepted delegation opens the
 * account's certificates to the intermediary; its end closes them and deactivates the intermediary's
 * certificates on that account. Runs in the consumer's transaction, once per event. The event is authentic (its
 * stream and source were checked); when it still disagrees with what this service knows, or was parked, the
 * delegation-service is asked for the delegation's state instead of believing the payload; and before any grant is
 * opened (a new delegation, or a move to ACCEPTED) it is always asked.
 */
@Injectable()
export class ApplyDelegationEventUseCase {
  constructor(
    private readonly events: EventRecorder,
    private readonly bus: BusClient,
    @Inject(METRICS) private readonly metrics: ServiceMetrics,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(event: CloudEvent, em: EntityManager): Promise<void> {
    const { delegation } = readDelegationEventData(event.data);
    const known = await this.knownFacts(delegation, em);
    const disagreement = disagreementOf(delegation, known, this.clock.now());
    // A grant is never opened on an event's word: the delegation-service confirms it first.
    if (!disagreement && opensGrant(delegation, known.grant)) return this.reconcile(delegation.id, em);
    if (!disagreement) return this.applyState(delegation, em);
    this.metrics.securityAlerts.inc({ alert: 'delegation-event-disagrees' });
    this.logger.warn(
      { eventId: event.id, delegationId: delegation.id, disagreement },
      'delegation event disagrees with what is known: asking the delegation-service',
    );
    await this.reconcile(delegation.id, em);
  }

  /** Fail closed: a parked event that may have ended the delegation withdraws the grant, then the owner is asked. */
  async onParked(event: CloudEvent | null, em: EntityManager): Promise<void> {
    const delegationId = typeof event?.subject === 'string' ? event.subject : undefined;
    if (!delegationId) return;
    const claimed = (event?.data as { delegation?: { status?: string } } | undefined)?.delegation?.status;
    if (parkedEventWithdraws(claimed)) {
      const grant = await grantOfDelegation(em, delegationId, true);
      if (grant?.active) {
        this.metrics.securityAlerts.inc({ alert: 'parked-event-withdrew-grant' });
        this.logger.error(
          { delegationId, eventId: event?.id },
          'a delegation event was parked: its grant is withdrawn until the delegation-service confirms it',
        );
        await this.withdraw(grant, em);
      }
    }
    await this.reconcile(delegationId, em).catch((error) =>
      this.logger.error({ err: error, delegationId }, 'could not reconcile a parked delegation event'),
    );
  }

  /** Applies the delegation-service's own answer; a delegation it does not know grants nothing. */
  private async reconcile(delegationId: string, em: EntityManager): Promise<void> {
    const state = await this.bus.send(GetDelegationState, { delegationId }).catch((error: unknown) => {
      if (error instanceof ProblemException && error.problem.type.endsWith(':resourceNotFound')) return null;
      throw error;
    });
    if (state && !disagreementOf(state, { grant: null, accountOwner: await accountOwnerOf(em, state.restAccountId) }, this.clock.now())) {
      return this.applyState(state, em, true);
    }
    const grant = await grantOfDelegation(em, delegationId, true);
    if (grant?.active) await this.withdraw(grant, em);
  }

  private async knownFacts(delegation: DelegationView, em: EntityManager) {
    const grant = await grantOfDelegation(em, delegation.id);
    return { grant, accountOwner: await accountOwnerOf(em, delegation.restAccountId) };
  }

  /** `confirmed`: the state comes from the delegation-service itself, so it replaces whatever an event left. */
  private async applyState(delegation: DelegationView, em: EntityManager, confirmed = false): Promise<void> {
    const effect = grantEffectOf(delegation.status);
    if (effect === 'none' && !confirmed) return;
    const stateUpdatedAt = new Date(delegation.updatedAt);
    const grant = await lockGrantCreatingIt(em, delegation);
    if (!confirmed && !isNewerState(stateUpdatedAt, grant.stateUpdatedAt)) return;
    const wasActive = grant.active;
    Object.assign(grant, { status: delegation.status, active: effect === 'grant', stateUpdatedAt });
    await saveGrant(em, grant, this.clock.now());
    if (grant.active !== wasActive) this.recordAccessChange(grant, em);
    if (effect === 'withdraw' || (wasActive && !grant.active)) await this.deactivateCertificates(em, grant);
  }

  private async withdraw(grant: GrantRow, em: EntityManager): Promise<void> {
    grant.active = false;
    await saveGrant(em, grant, this.clock.now());
    this.recordAccessChange(grant, em);
    await this.deactivateCertificates(em, grant);
  }

  private recordAccessChange(grant: GrantRow, em: EntityManager): void {
    const access = {
      restAccountId: grant.restAccountId,
      intermediaryEnterpriseNumber: grant.intermediaryEnterpriseNumber,
      companyEnterpriseNumber: grant.companyEnterpriseNumber,
      delegationId: grant.delegationId,
      delegationStatus: grant.status,
    };
    this.events.record(
      em,
      grant.active ? SenderEvents.intermediaryAccessGranted : SenderEvents.intermediaryAccessWithdrawn,
      grant.restAccountId,
      access,
    );
  }

  private async deactivateCertificates(em: EntityManager, grant: GrantRow): Promise<void> {
    if ((await activeGrantsOn(em, grant.restAccountId, grant.intermediaryEnterpriseNumber)) > 0) return;
    const certificates = await em.find(Certificate, {
      restAccount: grant.restAccountId,
      ownerEnterpriseNumber: grant.intermediaryEnterpriseNumber,
      status: CertificateStatus.ACTIVE,
    });
    const now = this.clock.now();
    for (const certificate of certificates) {
      certificate.status = CertificateStatus.INACTIVE;
      certificate.deactivatedAt = now;
      this.events.record(em, SenderEvents.certificateDeactivated, grant.restAccountId, {
        certificate: certificateView(certificate),
        delegationId: grant.delegationId,
      });
    }
    await em.flush();
  }
}
