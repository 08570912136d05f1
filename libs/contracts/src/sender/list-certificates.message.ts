import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageQuery } from '../pagination/page';
import type { CertificateView } from './certificate.view';
import { RestAccountTarget } from './sender-targets';

/** The certificates the acting enterprise owns on the account (the company never sees an intermediary's). */
export class ListCertificatesRequest extends InEnterprise(RestAccountTarget, PageQuery) {}

export const ListCertificates = defineMessage<ListCertificatesRequest, Page<CertificateView>>(
  'sender.v1.certificates.list',
  ListCertificatesRequest,
);
