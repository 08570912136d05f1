import { Capability, Position } from '@chaman/contracts';
import { isAccessManager, isPermissionManager } from './position-rules';
import { describeRight, type RightState } from './technical-channels-right';

/**
 * Who asks: a platform operator or not, and their position in the enterprise in question (if a member).
 * Shared by the access-service (the owner of the facts) and the gateway's event-fed copy of them.
 */
export interface Requester {
  isOperator: boolean;
  enterpriseExists: boolean;
  member: { position: Position } | null;
  right: RightState | null;
}

/**
 * Why a capability is refused: `notFound` (not a member — told exactly like an unknown enterprise),
 * `position` (a member whose position does not allow it), `channelsRight` (a member without the right).
 */
export type Refusal = 'notFound' | 'position' | 'channelsRight';

export type CapabilityDecision = { allowed: true; reason: string } | { allowed: false; refusal: Refusal; detail: string };

/** The positions that may be asked for help when a capability is refused. */
export const HELPERS: Record<Capability, Position[]> = {
  [Capability.VIEW_ENTERPRISE]: [],
  [Capability.MANAGE_MEMBERS]: [Position.CHIEF_ACCESS_MANAGER, Position.ACCESS_MANAGER],
  [Capability.MANAGE_PERMISSIONS]: [Position.CHIEF_ACCESS_MANAGER, Position.ACCESS_MANAGER],
  [Capability.MANAGE_TECHNICAL_CHANNELS]: [Position.CHIEF_ACCESS_MANAGER, Position.ACCESS_MANAGER, Position.GROUP_MANAGER],
};

const WHO_MAY: Record<Exclude<Capability, Capability.VIEW_ENTERPRISE>, string> = {
  [Capability.MANAGE_MEMBERS]: 'Only access managers manage the members',
  [Capability.MANAGE_PERMISSIONS]: 'Only access managers and group managers grant or revoke rights',
  [Capability.MANAGE_TECHNICAL_CHANNELS]: 'Managing technical channels needs the right "Chaman - Gestion des canaux techniques"',
};

/** The rule behind every authorisation decision, with the reason it quotes. */
export function decideCapability(capability: Capability, enterpriseNumber: string, requester: Requester): CapabilityDecision {
  const { member, isOperator } = requester;
  if (!member) {
    if (!isOperator || !requester.enterpriseExists)
      return { allowed: false, refusal: 'notFound', detail: notFoundDetail(enterpriseNumber) };
    if (capability === Capability.VIEW_ENTERPRISE) return { allowed: true, reason: 'platform operator (chaman-admin)' };
    return { allowed: false, refusal: 'position', detail: `Platform operators see enterprise ${enterpriseNumber} but do not act in it.` };
  }
  const as = `${member.position} of ${enterpriseNumber}`;
  switch (capability) {
    case Capability.VIEW_ENTERPRISE:
      return { allowed: true, reason: `member: ${as}` };
    case Capability.MANAGE_MEMBERS:
      return isAccessManager(member.position) ? { allowed: true, reason: as } : refusedByPosition(capability, as);
    case Capability.MANAGE_PERMISSIONS:
      return isPermissionManager(member.position) ? { allowed: true, reason: as } : refusedByPosition(capability, as);
    case Capability.MANAGE_TECHNICAL_CHANNELS: {
      const right = requester.right;
      if (right?.held) return { allowed: true, reason: `${as}: ${describeRight(member.position, right)}` };
      const history = right?.basis === 'REVOKED' ? ` (${describeRight(member.position, right)})` : '';
      return { allowed: false, refusal: 'channelsRight', detail: `You do not hold the right in enterprise ${enterpriseNumber}${history}.` };
    }
  }
}

function refusedByPosition(capability: Exclude<Capability, Capability.VIEW_ENTERPRISE>, as: string): CapabilityDecision {
  return { allowed: false, refusal: 'position', detail: `${WHO_MAY[capability]}; you are ${as}.` };
}

export function notFoundDetail(enterpriseNumber: string): string {
  return `No enterprise ${enterpriseNumber} among yours.`;
}
