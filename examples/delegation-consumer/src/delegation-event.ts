/**
 * The public delegation events, as documented in Chaman's docs/asyncapi.yaml (CloudEvents 1.0, structured JSON).
 * Only what this consumer reads is checked; unknown members are ignored, as the contract asks.
 */
export type DelegationStatus =
  'PENDING' | 'ACCEPTED' | 'REFUSED' | 'CANCELLED' | 'EXPIRED' | 'REVOKED' | 'RENOUNCED' | 'ACCOUNT_CLOSED' | 'ENDED';

export interface DelegationSnapshot {
  id: string;
  status: DelegationStatus;
  companyEnterpriseNumber: string;
  companyQuality: string;
  intermediaryEnterpriseNumber: string;
  restAccountId: string;
  scopes: string[];
  updatedAt: string;
}

export interface DelegationEvent {
  id: string;
  type: string;
  /** The delegation id. */
  subject: string;
  time: string;
  data: {
    delegation: DelegationSnapshot;
    actor: { userId?: string; enterpriseNumber?: string; party?: 'COMPANY' | 'INTERMEDIARY' };
    reason?: string;
  };
}

/** An event that will never become valid: retrying it is pointless, so it is terminated and reported. */
export class MalformedEvent extends Error {}

const STATUSES = new Set(['PENDING', 'ACCEPTED', 'REFUSED', 'CANCELLED', 'EXPIRED', 'REVOKED', 'RENOUNCED', 'ACCOUNT_CLOSED', 'ENDED']);

export function parseDelegationEvent(bytes: Uint8Array): DelegationEvent {
  let event: any;
  try {
    event = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new MalformedEvent('not JSON');
  }
  const delegation = event?.data?.delegation;
  const faults = [
    event?.specversion === '1.0' ? null : 'specversion must be 1.0',
    typeof event?.id === 'string' ? null : 'id missing',
    typeof event?.type === 'string' && event.type.startsWith('be.chaman.delegation.') ? null : 'not a delegation event',
    typeof delegation?.id === 'string' && delegation.id === event?.subject ? null : 'subject must be data.delegation.id',
    STATUSES.has(delegation?.status) ? null : 'unknown data.delegation.status',
    typeof delegation?.restAccountId === 'string' ? null : 'data.delegation.restAccountId missing',
    typeof delegation?.intermediaryEnterpriseNumber === 'string' ? null : 'data.delegation.intermediaryEnterpriseNumber missing',
    Array.isArray(delegation?.scopes) ? null : 'data.delegation.scopes missing',
    typeof delegation?.updatedAt === 'string' ? null : 'data.delegation.updatedAt missing',
    typeof event?.data?.actor === 'object' && event.data.actor !== null ? null : 'data.actor missing',
  ].filter((fault) => fault !== null);
  if (faults.length > 0) throw new MalformedEvent(faults.join('; '));
  return event as DelegationEvent;
}
