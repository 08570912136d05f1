import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import type { CertificateView } from './certificate.view';
import { RestAccountTarget } from './sender-targets';

/** Longest PEM accepted: a single certificate, even with a 16384-bit RSA key, stays well below it. */
export const CERTIFICATE_PEM_MAX_LENGTH = 16_384;

/** Body of `POST /enterprises/{cbe}/rest-accounts/{accountId}/certificates`. */
export class RegisterCertificateBody {
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(100)
  name!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(CERTIFICATE_PEM_MAX_LENGTH)
  pem!: string;
}

/** `POST /enterprises/{cbe}/rest-accounts/{accountId}/certificates`. */
export class RegisterCertificateCommand extends InEnterprise(RestAccountTarget, RegisterCertificateBody) {}

export const RegisterCertificate = defineMessage<RegisterCertificateCommand, CertificateView>(
  'sender.v1.certificate.register',
  RegisterCertificateCommand,
);
