import {
  CertificateStatus,
  CloseRestAccount,
  type CloseRestAccountCommand,
  ProblemException,
  type RestAccountView,
  SenderEvents,
} from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder, runCommand } from '@chaman/platform';
import { LockMode, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { isAlreadyClosed } from '../domain/closure';
import { Certificate } from '../persistence/certificate.entity';
import { DelegationGrant } from '../persistence/delegation-grant.entity';
import { RestAccount } from '../persistence/rest-account.entity';
import type { Sender } from '../persistence/sender.entity';
import { ownSender } from './sender-lookup';
import { certificateView, restAccountView } from './sender-views';

export interface ClosingActor {
  userId: string;
  enterpriseNumber: string;
}

/**
 * Closes one account (row-locked, so a certificate upload in flight finishes first): every certificate on it
 * becomes inactive, intermediaries lose access at once, and `rest-account-closed` tells the delegation-service to
 * end the live delegations on it (`ACCOUNT_CLOSED`, which the other party sees) and the token issuer to stop.
 */
export async function closeRestAccount(
  em: EntityManager,
  events: EventRecorder,
  account: RestAccount,
  actor: ClosingActor,
  now: Date,
  closedWithSender = false,
): Promise<RestAccountView> {
  if (isAlreadyClosed(account)) return restAccountView(account);
  account.closedAt = now;
  const certificates = await em.find(Certificate, { restAccount: account, status: CertificateStatus.ACTIVE });
  for (const certificate of certificates) {
    certificate.status = CertificateStatus.INACTIVE;
    certificate.deactivatedAt = now;
  }
  const grants = await em.find(DelegationGrant, { restAccountId: account.id, active: true }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  for (const grant of grants) Object.assign(grant, { active: false, appliedAt: now });
  await em.flush();
  const view = restAccountView(account);
  for (const certificate of certificates) {
    events.record(em, SenderEvents.certificateDeactivated, account.id, {
      certificate: certificateView(certificate),
      actorUserId: actor.userId,
      actorEnterpriseNumber: actor.enterpriseNumber,
      restAccountClosed: true,
    });
  }
  for (const grant of grants) {
    events.record(em, SenderEvents.intermediaryAccessWithdrawn, account.id, {
      restAccountId: account.id,
      intermediaryEnterpriseNumber: grant.intermediaryEnterpriseNumber,
      companyEnterpriseNumber: grant.companyEnterpriseNumber,
      delegationId: grant.delegationId,
      delegationStatus: grant.status,
    });
  }
  events.record(em, SenderEvents.restAccountClosed, view.senderNumber, {
    restAccount: view,
    actorUserId: actor.userId,
    actorEnterpriseNumber: actor.enterpriseNumber,
    intermediaryEnterpriseNumbers: [...new Set(grants.map((grant) => grant.intermediaryEnterpriseNumber))].sort(),
    closedWithSender,
  });
  return view;
}

/** The account of one of the acting enterprise's senders, row-locked for its closure. */
export async function lockedAccountOf(em: EntityManager, sender: Sender, accountId: string): Promise<RestAccount | null> {
  return em.findOne(RestAccount, { id: accountId, sender }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** `POST …/rest-accounts/{accountId}/close`, by the company that holds the account; closing twice answers the first closure. */
@Injectable()
export class CloseRestAccountUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CloseRestAccountCommand, idempotencyKey?: string): Promise<RestAccountView> {
    return runCommand(this.orm, { subject: CloseRestAccount.subject, request: command, idempotencyKey }, async (em) => {
      const sender = await ownSender(em, command.enterpriseNumber, command.target.senderNumber);
      const account = await lockedAccountOf(em, sender, command.target.accountId);
      if (!account)
        throw ProblemException.of('resourceNotFound', `Sender ${sender.senderNumber} has no REST account ${command.target.accountId}.`);
      return closeRestAccount(
        em,
        this.events,
        account,
        { userId: command.actor.userId, enterpriseNumber: command.enterpriseNumber },
        this.clock.now(),
      );
    });
  }
}
