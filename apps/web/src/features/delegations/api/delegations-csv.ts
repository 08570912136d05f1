import type { DelegationView } from '@chaman/contracts';
import { toCsv } from '../../../lib/csv';

const COLUMNS = ['id', 'status', 'initiatedBy', 'company', 'quality', 'intermediary', 'account', 'scopes', 'relaunches', 'createdAt', 'updatedAt'];

/** The delegations as CSV: headers in the reader's language, values exactly as the API gave them. */
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
      item.createdAt,
      item.updatedAt,
    ]),
  );
