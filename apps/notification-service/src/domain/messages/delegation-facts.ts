/** What every delegation message says about the delegation. */
export interface DelegationFacts {
  delegationId: string;
  company: string;
  companyQuality: string;
  intermediary: string;
  /** The REST account's name when known, else its id. */
  account: string;
  scopes: string[];
  /** While pending: when the request expires. */
  expiresAt?: string;
}
