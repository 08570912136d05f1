import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import type { CertificateView } from './certificate.view';
import { CertificateTarget } from './sender-targets';

/** Removes a certificate the acting enterprise owns; the reply is the certificate as it was. */
export class RemoveCertificateCommand extends InEnterprise(CertificateTarget, NoInput) {}

export const RemoveCertificate = defineMessage<RemoveCertificateCommand, CertificateView>(
  'sender.v1.certificate.remove',
  RemoveCertificateCommand,
);
