import { CertificateStatus, type CloudEvent, readDelegationEventData, SenderEvents } from '@chaman/contracts';
import { EventRecorder } from '@chaman/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { grantEffectOf, isNewerState } from '../domain/delegation-grant';
import { Certificate } from '../persistence/certificate.entity';
import { DelegationGrant } from '../persistence/delegation-grant.entity';
import { certificateView } from './sender-views';

/**
 * Keeps the local delegation grants in step with the delegation events: an accepted delegation opens the
 * account's certificates to the intermediary; its end closes them and deactivates the intermediary's
 * certificates on that account. Runs in the consumer's transaction, once per event.
 */
@Injectable()
export class ApplyDelegationEventUseCase {
  constructor(private readonly events: EventRecorder) {}

  async execute(event: CloudEvent, em: EntityManager): Promise<void> {
    const { delegation } = readDelegationEventData(event.data);
    const effect = grantEffectOf(delegation.status);
    if (effect === 'none') return;
    const stateUpdatedAt = new Date(delegation.updatedAt);
    // Created if new, then row-locked: replicas applying two events of one delegation take turns, and a
    // certificate upload holding the grant (share lock) finishes before a revocation deactivates.
    await em.execute(
      `insert into delegation_grant (delegation_id, rest_account_id, intermediary_enterprise_number, company_enterprise_number, status, active, state_updated_at, applied_at)
       values (?, ?, ?, ?, ?, false, 'epoch', now()) on conflict (delegation_id) do nothing`,
      [delegation.id, delegation.restAccountId, delegation.intermediaryEnterpriseNumber, delegation.companyEnterpriseNumber, delegation.status],
    );
    const grant = await em.findOneOrFail(DelegationGrant, { delegationId: delegation.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!isNewerState(stateUpdatedAt, grant.stateUpdatedAt)) return;
    const wasActive = grant.active;
    Object.assign(grant, { status: delegation.status, active: effect === 'grant', stateUpdatedAt, appliedAt: new Date() });
    await em.flush();
    if (grant.active !== wasActive) {
      const access = {
        restAccountId: grant.restAccountId,
        intermediaryEnterpriseNumber: grant.intermediaryEnterpriseNumber,
        companyEnterpriseNumber: grant.companyEnterpriseNumber,
        delegationId: grant.delegationId,
        delegationStatus: grant.status,
      };
      this.events.record(em, grant.active ? SenderEvents.intermediaryAccessGranted : SenderEvents.intermediaryAccessWithdrawn, grant.restAccountId, access);
    }
    if (effect === 'withdraw') await this.deactivateCertificates(em, grant);
  }

  private async deactivateCertificates(em: EntityManager, grant: DelegationGrant): Promise<void> {
    const stillGranted = await em.count(DelegationGrant, {
      restAccountId: grant.restAccountId,
      intermediaryEnterpriseNumber: grant.intermediaryEnterpriseNumber,
      active: true,
    });
    if (stillGranted > 0) return;
    const certificates = await em.find(Certificate, {
      restAccount: grant.restAccountId,
      ownerEnterpriseNumber: grant.intermediaryEnterpriseNumber,
      status: CertificateStatus.ACTIVE,
    });
    const now = new Date();
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
