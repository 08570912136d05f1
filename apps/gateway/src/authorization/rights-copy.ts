import {
  AccessEvents,
  type AuthorizeRequest,
  type CloudEvent,
  decideCapability,
  type MemberData,
  type MemberRightData,
  type PermissionData,
  type Position,
  type RightDecision,
  TECHNICAL_CHANNELS_PERMISSION,
  technicalChannelsRight,
} from '@chaman/contracts';

interface MemberRights {
  position: Position;
  decision: RightDecision | null;
}

/** A decision the copy can give alone: only allowances (a refusal must name whom to ask, which the owner knows). */
export type LocalDecision = { allowed: true; reason: string } | { allowed: false };

/**
 * The gateway's in-memory copy of who holds which position and right in which enterprise, rebuilt from the
 * access events, decided by the same rule as the access-service (`decideCapability`).
 */
export class RightsCopy {
  private readonly enterprises = new Map<string, Map<string, MemberRights>>();

  apply(event: CloudEvent): void {
    switch (event.type) {
      case AccessEvents.enterpriseRegistered.type:
        this.membersOf((event.data as { enterpriseNumber: string }).enterpriseNumber);
        return;
      case AccessEvents.memberAppointed.type:
      case AccessEvents.memberChanged.type: {
        const { enterpriseNumber, userId, position, technicalChannels } = event.data as MemberData;
        const members = this.membersOf(enterpriseNumber);
        const known = members.get(userId);
        // The event says what the right is now; an older event that does not falls back on what the copy saw (a new
        // position starts from its own default, as in the access-service), which older events may have taken away.
        const decision = technicalChannels ? decisionOf(technicalChannels) : known?.position === position ? known.decision : null;
        members.set(userId, { position, decision });
        return;
      }
      case AccessEvents.memberRemoved.type: {
        const { enterpriseNumber, userId } = event.data as MemberData;
        this.enterprises.get(enterpriseNumber)?.delete(userId);
        return;
      }
      case AccessEvents.permissionGranted.type:
      case AccessEvents.permissionRevoked.type: {
        const data = event.data as PermissionData;
        const member = this.enterprises.get(data.enterpriseNumber)?.get(data.userId);
        if (!member || data.permission !== TECHNICAL_CHANNELS_PERMISSION) return;
        const granted = event.type === AccessEvents.permissionGranted.type;
        member.decision = { granted, decidedBy: data.actorUserId, decidedAt: new Date(data.decidedAt ?? event.time) };
        return;
      }
    }
  }

  decide({ userId, isOperator, enterpriseNumber, capability }: AuthorizeRequest): LocalDecision {
    const members = this.enterprises.get(enterpriseNumber);
    const member = members?.get(userId) ?? null;
    const right = member ? technicalChannelsRight(member.position, member.decision) : null;
    const decision = decideCapability(capability, enterpriseNumber, { isOperator, enterpriseExists: members !== undefined, member, right });
    return decision.allowed ? decision : { allowed: false };
  }

  private membersOf(enterpriseNumber: string): Map<string, MemberRights> {
    let members = this.enterprises.get(enterpriseNumber);
    if (!members) this.enterprises.set(enterpriseNumber, (members = new Map()));
    return members;
  }
}

/** The explicit decision a member's carried right rests on: none for a right held by position or by default. */
function decisionOf({ basis, decidedBy, decidedAt }: MemberRightData): RightDecision | null {
  if ((basis !== 'GRANT' && basis !== 'REVOKED') || !decidedBy || !decidedAt) return null;
  return { granted: basis === 'GRANT', decidedBy, decidedAt: new Date(decidedAt) };
}
