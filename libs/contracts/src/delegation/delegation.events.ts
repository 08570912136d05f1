import { defineEvent, type EventDefinition } from '../events/cloud-event';
import { DelegationAction } from './delegation-action';
import { DelegationEventPayload } from './delegation-event.payload';
import { Streams } from '../events/streams';
import type { DelegationParty, DelegationRelaunchAllowance, DelegationView } from './delegation.view';

/**
 * Public delegation events (documented in docs/asyncapi.yaml). The CloudEvent `subject` is the delegation
 * id; `data` carries the delegation's state after the change and who made it.
 */
export interface DelegationEventData {
  delegation: DelegationView;
  actor: {
    /** Absent for system transitions (expiry). */
    userId?: string;
    enterpriseNumber?: string;
    party?: DelegationParty;
  };
  reason?: string;
  /** Only on `scopes-changed`: the scopes before the change. */
  previousScopes?: string[];
  /** On intermediary-initiated requests and relaunches: what the intermediary used of its relaunches towards this company and quality. */
  intermediaryRelaunches?: DelegationRelaunchAllowance;
}

export const DelegationEvents = {
  requested: defineEvent<DelegationEventData>(Streams.delegation, 'requested', DelegationEventPayload),
  accepted: defineEvent<DelegationEventData>(Streams.delegation, 'accepted', DelegationEventPayload),
  refused: defineEvent<DelegationEventData>(Streams.delegation, 'refused', DelegationEventPayload),
  relaunched: defineEvent<DelegationEventData>(Streams.delegation, 'relaunched', DelegationEventPayload),
  cancelled: defineEvent<DelegationEventData>(Streams.delegation, 'cancelled', DelegationEventPayload),
  expired: defineEvent<DelegationEventData>(Streams.delegation, 'expired', DelegationEventPayload),
  revoked: defineEvent<DelegationEventData>(Streams.delegation, 'revoked', DelegationEventPayload),
  renounced: defineEvent<DelegationEventData>(Streams.delegation, 'renounced', DelegationEventPayload),
  scopesChanged: defineEvent<DelegationEventData>(Streams.delegation, 'scopes-changed', DelegationEventPayload),
  accountClosed: defineEvent<DelegationEventData>(Streams.delegation, 'account-closed', DelegationEventPayload),
  endDateChanged: defineEvent<DelegationEventData>(Streams.delegation, 'end-date-changed', DelegationEventPayload),
  ended: defineEvent<DelegationEventData>(Streams.delegation, 'ended', DelegationEventPayload),
};

/** The public event each action of the lifecycle emits: one type per transition. */
export const DelegationEventOf: Record<DelegationAction, EventDefinition<DelegationEventData>> = {
  [DelegationAction.REQUEST]: DelegationEvents.requested,
  [DelegationAction.ACCEPT]: DelegationEvents.accepted,
  [DelegationAction.REFUSE]: DelegationEvents.refused,
  [DelegationAction.RELAUNCH]: DelegationEvents.relaunched,
  [DelegationAction.CANCEL]: DelegationEvents.cancelled,
  [DelegationAction.EXPIRE]: DelegationEvents.expired,
  [DelegationAction.REVOKE]: DelegationEvents.revoked,
  [DelegationAction.RENOUNCE]: DelegationEvents.renounced,
  [DelegationAction.CHANGE_SCOPES]: DelegationEvents.scopesChanged,
  [DelegationAction.CLOSE_ACCOUNT]: DelegationEvents.accountClosed,
  [DelegationAction.CHANGE_END_DATE]: DelegationEvents.endDateChanged,
  [DelegationAction.END]: DelegationEvents.ended,
};
