import type { CertificateView } from '@chaman/contracts';
import { csvDateTime, toCsv } from '@chaman/contracts/csv';

/** The certificates list as CSV, headers in the reader's language, the API's values, dates as Excel reads them. */
export const certificatesCsv = (certificates: CertificateView[], t: (key: string) => string): string =>
  toCsv(
    ['name', 'fingerprint', 'subject', 'issuer', 'serialNumber', 'notBefore', 'notAfter', 'status', 'owner'].map((column) =>
      t(`certificates.csv.${column}`),
    ),
    certificates.map((item) => [
      item.name,
      item.fingerprint,
      item.subject,
      item.issuer,
      item.serialNumber,
      csvDateTime(item.notBefore),
      csvDateTime(item.notAfter),
      item.status,
      item.ownerEnterpriseNumber,
    ]),
  );
