import { Position } from '@chaman/contracts';

export const isAccessManager = (position: Position): boolean =>
  position === Position.CHIEF_ACCESS_MANAGER || position === Position.ACCESS_MANAGER;

export const isPermissionManager = (position: Position): boolean => isAccessManager(position) || position === Position.GROUP_MANAGER;
