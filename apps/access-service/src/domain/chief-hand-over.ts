import { Position } from '@chaman/contracts';
import type { Member } from './member';
import type { RuleFault } from './membership-rules';

/** Who asks for the hand-over: a member of the enterprise (or nobody there), and whether a platform operator. */
export interface HandOverActor {
  userId: string;
  isOperator: boolean;
  member: Member | null;
}

/**
 * The chief hands the role over to another member; a platform operator does it for an enterprise whose chief has
 * left (the portal's support case). Nobody else: an access manager cannot crown themselves.
 */
export function handOverFault(actor: HandOverActor): RuleFault | null {
  const isChief = actor.member?.position === Position.CHIEF_ACCESS_MANAGER;
  if (!isChief && !actor.isOperator) {
    return {
      code: 'missingPermission',
      detail: 'Only the chief access manager, or a platform operator when the chief has left, hands the role over.',
    };
  }
  return null;
}

/** After the hand-over: the successor is chief, the previous chief stays an access manager (one chief, always). */
export function positionsAfterHandOver(previousChief: Member, successor: Member): { previousChief: Position; successor: Position } {
  if (previousChief.userId === successor.userId)
    return { previousChief: Position.CHIEF_ACCESS_MANAGER, successor: Position.CHIEF_ACCESS_MANAGER };
  return { previousChief: Position.ACCESS_MANAGER, successor: Position.CHIEF_ACCESS_MANAGER };
}
