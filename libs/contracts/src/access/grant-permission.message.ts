import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import type { PermissionView } from './member.view';
import { PermissionTarget } from './member-target.dto';

/** One permission of one member, as `PUT`/`DELETE …/members/{userId}/permissions/{permission}` name it. */
export class PermissionCommand extends InEnterprise(PermissionTarget, NoInput) {}

/** Grants the permission to a user, or restores a group manager's default; answers the resulting state. */
export const GrantPermission = defineMessage<PermissionCommand, PermissionView>('access.v1.permission.grant', PermissionCommand);
