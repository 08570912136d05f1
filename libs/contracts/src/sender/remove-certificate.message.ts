import { IsUUID } from 'class-validator';
import { defineMessage } from '../bus/message';
import type { CertificateView } from './certificate.view';
import { RestAccountScoped } from './sender-scopes';

/** Removes a certificate the acting enterprise owns; the reply is the certificate as it was. */
export class RemoveCertificateCommand extends RestAccountScoped {
  @IsUUID()
  certificateId!: string;
}

export const RemoveCertificate = defineMessage<RemoveCertificateCommand, CertificateView>('sender.v1.certificate.remove', RemoveCertificateCommand);
