import { defineEvent } from '../events/cloud-event';
import { EnterpriseRegisteredPayload, MemberPayload, PermissionPayload } from './access-event.payload';
import { Streams } from '../events/streams';
import { type ChiefHandedOverData, ChiefHandedOverPayload } from './chief-handed-over.payload';
import type { Quality } from '../enterprise/quality';
import type { RightBasis } from './member.view';
import type { Position } from './position';

interface ActorRef {
  actorUserId: string;
}

export interface EnterpriseRegisteredData extends ActorRef {
  enterpriseNumber: string;
  name: string;
  qualities: Quality[];
  chiefAccessManagerUserId: string;
}

/** A member's `chaman.technical-channels` right once an event is applied, and why (a withdrawal shows as `REVOKED`). */
export interface MemberRightData {
  held: boolean;
  basis: RightBasis;
  /** Who made the explicit decision it rests on, and when (ISO-8601); absent for `POSITION`, `DEFAULT`, `NONE`. */
  decidedBy?: string;
  decidedAt?: string;
}

export interface MemberData extends ActorRef {
  enterpriseNumber: string;
  userId: string;
  position: Position;
  /** The member's name and e-mail address (added in v1; absent on removal and on older events). */
  name?: string;
  email?: string;
  /** On `member-changed` (added in v1): the member's position, name and address before the change. */
  previousPosition?: Position;
  previousName?: string;
  previousEmail?: string;
  /**
   * On `member-appointed` and `member-changed` (added in v1): the member's technical-channels right once this event
   * is applied. A copy rebuilt from what the stream still holds needs no older event to know a withdrawn right;
   * absent on older events.
   */
  technicalChannels?: MemberRightData;
}

export interface PermissionData extends ActorRef {
  enterpriseNumber: string;
  userId: string;
  permission: string;
  /** When the decision was recorded (ISO-8601), as the access-service quotes it; absent in events before v0.2. */
  decidedAt?: string;
}

/** Events of the access-service; the CloudEvent `subject` is the enterprise number. */
export const AccessEvents = {
  enterpriseRegistered: defineEvent<EnterpriseRegisteredData>(Streams.access, 'enterprise-registered', EnterpriseRegisteredPayload),
  memberAppointed: defineEvent<MemberData>(Streams.access, 'member-appointed', MemberPayload),
  memberChanged: defineEvent<MemberData>(Streams.access, 'member-changed', MemberPayload),
  memberRemoved: defineEvent<MemberData>(Streams.access, 'member-removed', MemberPayload),
  permissionGranted: defineEvent<PermissionData>(Streams.access, 'permission-granted', PermissionPayload),
  permissionRevoked: defineEvent<PermissionData>(Streams.access, 'permission-revoked', PermissionPayload),
  /** Added in v1; the two members' `member-changed` events come with it, in the same transaction. */
  chiefHandedOver: defineEvent<ChiefHandedOverData>(Streams.access, 'chief-handed-over', ChiefHandedOverPayload),
};
