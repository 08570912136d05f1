import type { CertificateView } from '@chaman/contracts';
import { toCsv } from '../../../lib/csv';

/** The certificates list as CSV, headers in the reader's language, values as the API gave them. */
export const certificatesCsv = (certificates: CertificateView[], t: (key: string) => string): string =>
  toCsv(
    ['name', 'fingerprint', 'subject', 'issuer', 'serialNumber', 'notBefore', 'notAfter', 'status', 'owner'].map((column) => t(`certificates.csv.${column}`)),
    certificates.map((item) => [item.name, item.fingerprint, item.subject, item.issuer, item.serialNumber, item.notBefore, item.notAfter, item.status, item.ownerEnterpriseNumber]),
  );
