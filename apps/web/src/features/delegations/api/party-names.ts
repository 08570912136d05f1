import type { NamedDelegationView } from '@chaman/contracts';

/** The registered name of one party of the delegation, by its number; undefined while the service does not know it. */
export const nameOf = (delegation: NamedDelegationView, enterpriseNumber: string): string | undefined =>
  enterpriseNumber === delegation.companyEnterpriseNumber
    ? delegation.companyName
    : enterpriseNumber === delegation.intermediaryEnterpriseNumber
      ? delegation.intermediaryName
      : undefined;
