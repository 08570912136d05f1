import type { GrantablePermission } from './permission';
import type { Position } from './position';

/**
 * Why a person holds — or lacks — the technical-channels right: `POSITION` (automatic for (chief) access
 * managers), `DEFAULT` (group managers), `GRANT` (explicit grant to a user), `REVOKED` (a group manager's
 * default withdrawn, or a user's grant taken back), `NONE` (a user never granted).
 */
export type RightBasis = 'POSITION' | 'DEFAULT' | 'GRANT' | 'REVOKED' | 'NONE';

/** The state of one permission of one member, with who decided it and when (absent for automatic ones). */
export interface PermissionView {
  enterpriseNumber: string;
  userId: string;
  permission: GrantablePermission;
  held: boolean;
  basis: RightBasis;
  decidedBy?: string;
  decidedAt?: string;
}

/** A member of an enterprise as access managers see them. */
export interface MemberView {
  enterpriseNumber: string;
  userId: string;
  name: string;
  email: string;
  position: Position;
  holdsTechnicalChannelsRight: boolean;
  technicalChannelsRight: PermissionView;
  appointedBy: string;
  appointedAt: string;
  updatedAt: string;
}
