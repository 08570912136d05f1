import { Position } from '@chaman/contracts';

/** A person's position in one enterprise. */
export interface Member {
  enterpriseNumber: string;
  userId: string;
  name: string;
  email: string;
  position: Position;
  appointedBy: string;
  appointedAt: Date;
  updatedAt: Date;
}

/** The last explicit decision on a member's right: a grant (or restored default) or a revocation. */
export interface RightDecision {
  granted: boolean;
  decidedBy: string;
  decidedAt: Date;
}

export const isAccessManager = (position: Position): boolean =>
  position === Position.CHIEF_ACCESS_MANAGER || position === Position.ACCESS_MANAGER;

export const isPermissionManager = (position: Position): boolean => isAccessManager(position) || position === Position.GROUP_MANAGER;

export const POSITION_LABELS: Record<Position, string> = {
  [Position.CHIEF_ACCESS_MANAGER]: 'chief access manager',
  [Position.ACCESS_MANAGER]: 'access manager',
  [Position.GROUP_MANAGER]: 'group manager',
  [Position.USER]: 'user',
};
