import { isAccessManager, isPermissionManager } from '@chaman/access-policy';
import { Position } from '@chaman/contracts';
import type { Member } from './member';

/** Why a member command is refused, as the catalogue names it, with a sentence for the person. */
export interface RuleFault {
  code: 'missingPermission' | 'chiefAccessManagerProtected' | 'permissionNotGrantable';
  detail: string;
}

const fault = (code: RuleFault['code'], detail: string): RuleFault => ({ code, detail });

/**
 * Appointing or changing a member (access managers only). The chief access manager is appointed by the
 * platform operator at registration and nobody else changes their position; they may update their own details.
 */
export function appointmentFault(actor: Member, target: Member | null, wanted: Position): RuleFault | null {
  if (!isAccessManager(actor.position)) return fault('missingPermission', 'Only access managers appoint or change members.');
  if (target?.position === Position.CHIEF_ACCESS_MANAGER) {
    if (target.userId === actor.userId && wanted === Position.CHIEF_ACCESS_MANAGER) return null;
    return fault('chiefAccessManagerProtected', 'The chief access manager cannot be demoted or changed by anyone else.');
  }
  if (wanted === Position.CHIEF_ACCESS_MANAGER) {
    return fault(
      'chiefAccessManagerProtected',
      'Only the platform operator appoints the chief access manager, when registering the enterprise.',
    );
  }
  return null;
}

/** Removing a member (access managers only); the chief access manager always stays. */
export function removalFault(actor: Member, target: Member): RuleFault | null {
  if (!isAccessManager(actor.position)) return fault('missingPermission', 'Only access managers remove members.');
  if (target.position === Position.CHIEF_ACCESS_MANAGER) {
    return fault('chiefAccessManagerProtected', 'The chief access manager cannot be removed; an enterprise always keeps one.');
  }
  return null;
}

/**
 * Granting or revoking the technical-channels right. Access and group managers decide for users; a group
 * manager's default is withdrawn or restored by access managers only; access managers hold it by position;
 * nobody decides their own right.
 */
export function permissionChangeFault(actor: Member, target: Member): RuleFault | null {
  if (!isPermissionManager(actor.position))
    return fault('missingPermission', 'Only access managers and group managers grant or revoke rights.');
  if (target.userId === actor.userId) return fault('permissionNotGrantable', 'Nobody grants or revokes their own right.');
  if (isAccessManager(target.position)) {
    return fault('permissionNotGrantable', `A ${target.position} holds the right automatically; change their position instead.`);
  }
  if (target.position === Position.GROUP_MANAGER && !isAccessManager(actor.position)) {
    return fault('missingPermission', "Only access managers withdraw or restore a group manager's default right.");
  }
  return null;
}
