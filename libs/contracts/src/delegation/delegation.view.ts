import type { Quality } from '../enterprise/quality';

export enum DelegationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  RENOUNCED = 'RENOUNCED',
}

/** Which party of a delegation acted or initiated. */
export enum DelegationParty {
  COMPANY = 'COMPANY',
  INTERMEDIARY = 'INTERMEDIARY',
}

/** A delegation as clients and downstream systems see it (the state after the last change). */
export interface DelegationView {
  id: string;
  status: DelegationStatus;
  initiatedBy: DelegationParty;
  companyEnterpriseNumber: string;
  companyQuality: Quality;
  intermediaryEnterpriseNumber: string;
  restAccountId: string;
  scopes: string[];
  relaunchCount: number;
  createdAt: string;
  updatedAt: string;
  expiresAt?: string;
}
