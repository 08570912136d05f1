import { decideCapability, type RightDecision, technicalChannelsRight } from '@chaman/access-policy';
import {
  AccessEvents,
  type AuthorizeQuery,
  type CloudEvent,
  type MemberData,
  type PermissionData,
  type Position,
  TECHNICAL_CHANNELS_PERMISSION,
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
        const { enterpriseNumber, userId, position } = event.data as MemberData;
        const members = this.membersOf(enterpriseNumber);
        const known = members.get(userId);
        // A new position starts from its own default, as in the access-service.
        members.set(userId, { position, decision: known?.position === position ? known.decision : null });
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

  decide({ userId, isOperator, enterpriseNumber, capability }: AuthorizeQuery): LocalDecision {
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
