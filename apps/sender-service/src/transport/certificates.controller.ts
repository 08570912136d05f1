import {
  ListCertificates,
  ListCertificatesQuery,
  RegisterCertificate,
  RegisterCertificateCommand,
  RemoveCertificate,
  RemoveCertificateCommand,
} from '@chaman/contracts';
import { IdempotencyKey, OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ListCertificatesUseCase } from '../application/list-certificates';
import { RegisterCertificateUseCase } from '../application/register-certificate';
import { RemoveCertificateUseCase } from '../application/remove-certificate';

@Controller()
export class CertificatesController {
  constructor(
    private readonly registerCertificate: RegisterCertificateUseCase,
    private readonly listCertificates: ListCertificatesUseCase,
    private readonly removeCertificate: RemoveCertificateUseCase,
  ) {}

  @OnMessage(RegisterCertificate)
  register(@Payload() command: RegisterCertificateCommand, @IdempotencyKey() key?: string) {
    return this.registerCertificate.execute(command, key);
  }

  @OnMessage(ListCertificates)
  list(@Payload() request: ListCertificatesQuery) {
    return this.listCertificates.execute(request);
  }

  @OnMessage(RemoveCertificate)
  remove(@Payload() command: RemoveCertificateCommand) {
    return this.removeCertificate.execute(command);
  }
}
