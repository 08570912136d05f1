import { defineMessage } from '../bus/message';
import { PermissionCommand } from './grant-permission.message';
import type { PermissionView } from './member.view';

/** Takes a user's grant back, or withdraws a group manager's default; answers the resulting state. */
export const RevokePermission = defineMessage<PermissionCommand, PermissionView>('access.v1.permission.revoke', PermissionCommand);
