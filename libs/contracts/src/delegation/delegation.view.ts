import type { Quality } from '../enterprise/quality';
import type { DelegationAction } from './delegation-action';

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
  /**
   * Added in v1 (optional): the parties' names as registered, in the answers of GET delegations and GET delegation
   * only (never in events), and absent while the delegation-service has not yet seen the enterprise's registration.
   */
  companyName?: string;
  intermediaryName?: string;
  restAccountId: string;
  scopes: string[];
  relaunchCount: number;
  createdAt: string;
  updatedAt: string;
  expiresAt?: string;
}

/** One recorded transition: who (person and enterprise, absent for the system's expiry), when, what, why. */
export interface DelegationHistoryEntry {
  at: string;
  action: DelegationAction;
  /** The status after the action. */
  status: DelegationStatus;
  actorUserId?: string;
  actorEnterpriseNumber?: string;
  actorParty?: DelegationParty;
  reason?: string;
  /** The scopes set by the action (request and scope changes). */
  scopes?: string[];
}

/** `GET …/delegations/{id}`: the delegation, its history (oldest first) and the intermediary's relaunch allowance. */
export interface DelegationDetail extends DelegationView {
  history: DelegationHistoryEntry[];
  /** Relaunches (and new requests after a refusal) the intermediary used towards this company and quality. */
  intermediaryRelaunches: { used: number; limit: number };
}
