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

export const POSITION_LABELS: Record<Position, string> = {
  [Position.CHIEF_ACCESS_MANAGER]: 'chief access manager',
  [Position.ACCESS_MANAGER]: 'access manager',
  [Position.GROUP_MANAGER]: 'group manager',
  [Position.USER]: 'user',
};
