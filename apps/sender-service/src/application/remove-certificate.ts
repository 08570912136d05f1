import { type CertificateView, ProblemException, RemoveCertificate, type RemoveCertificateCommand, SenderEvents } from '@chaman/contracts';
import { EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Certificate } from '../persistence/certificate.entity';
import { accountAccessFor } from './account-access-check';
import { certificateView } from './sender-views';

/** Removes a certificate the acting enterprise owns; anyone else's is "not found". */
@Injectable()
export class RemoveCertificateUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
  ) {}

  async execute(command: RemoveCertificateCommand): Promise<CertificateView> {
    return runCommand(this.orm, { subject: RemoveCertificate.subject, request: command }, async (em) => {
      const { account } = await accountAccessFor(em, command.enterpriseNumber, command.target.accountId, true);
      const certificate = await em.findOne(Certificate, {
        id: command.target.certificateId,
        restAccount: account,
        ownerEnterpriseNumber: command.enterpriseNumber,
      });
      if (!certificate)
        throw ProblemException.of(
          'resourceNotFound',
          `REST account ${account.id} has no certificate ${command.target.certificateId} of yours.`,
        );
      const view = certificateView(certificate);
      em.remove(certificate);
      this.events.record(em, SenderEvents.certificateRemoved, account.id, {
        certificate: view,
        actorUserId: command.actor.userId,
        actorEnterpriseNumber: command.enterpriseNumber,
      });
      return view;
    });
  }
}
