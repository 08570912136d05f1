import type { DelegationView } from '@chaman/contracts';
import { csvDateTime, toCsv } from '@chaman/contracts/csv';

const COLUMNS = [
  'id',
  'status',
  'initiatedBy',
  'company',
  'quality',
  'intermediary',
  'account',
  'scopes',
  'relaunches',
  'endsOn',
  'createdAt',
  'updatedAt',
];

/** The delegations as CSV: headers in the reader's language, the API's values (codes, bare numbers), dates as Excel reads them. */
export const delegationsCsv = (delegations: DelegationView[], t: (key: string) => string): string =>
  toCsv(
    COLUMNS.map((column) => t(`delegations.csv.${column}`)),
    delegations.map((item) => [
      item.id,
      item.status,
      item.initiatedBy,
      item.companyEnterpriseNumber,
      item.companyQuality,
      item.intermediaryEnterpriseNumber,
      item.restAccountId,
      item.scopes,
      item.relaunchCount,
      item.endsOn ?? '',
      csvDateTime(item.createdAt),
      csvDateTime(item.updatedAt),
    ]),
  );
