import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageInput } from '../pagination/page';
import type { CertificateView } from './certificate.view';
import { RestAccountTarget } from './sender-targets';

/** The certificates the acting enterprise owns on the account (the company never sees an intermediary's). */
export class ListCertificatesQuery extends InEnterprise(RestAccountTarget, PageInput) {}

export const ListCertificates = defineMessage<ListCertificatesQuery, Page<CertificateView>>(
  'sender.v1.certificates.list',
  ListCertificatesQuery,
);
