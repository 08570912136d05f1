import { Module } from '@nestjs/common';
import { ApplyDelegationEventUseCase } from './application/apply-delegation-event';
import { ListCertificatesUseCase } from './application/list-certificates';
import { RegisterCertificateUseCase } from './application/register-certificate';
import { RemoveCertificateUseCase } from './application/remove-certificate';
import { CertificatesController } from './transport/certificates.controller';
import { DelegationEventsConsumer } from './transport/delegation-events.consumer';
import { ParkedEvents, parkedEventsController } from '@chaman/platform';

/** Certificates of REST accounts, and who may manage them (owner, or intermediary by delegation events). */
@Module({
  controllers: [CertificatesController, parkedEventsController('sender')],
  providers: [
    RegisterCertificateUseCase,
    ListCertificatesUseCase,
    RemoveCertificateUseCase,
    ApplyDelegationEventUseCase,
    DelegationEventsConsumer,
    ParkedEvents,
  ],
})
export class CertificatesModule {}
