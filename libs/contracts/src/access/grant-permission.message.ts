import { IsIn } from 'class-validator';
import { defineMessage } from '../bus/message';
import type { PermissionView } from './member.view';
import { MemberTarget } from './member-target.dto';
import { GRANTABLE_PERMISSIONS, type GrantablePermission } from './permission';

/** One permission of one member, as `PUT`/`DELETE …/members/{userId}/permissions/{permission}` name it. */
export class PermissionCommand extends MemberTarget {
  @IsIn(GRANTABLE_PERMISSIONS)
  permission!: GrantablePermission;
}

/** Grants the permission to a user, or restores a group manager's default; answers the resulting state. */
export const GrantPermission = defineMessage<PermissionCommand, PermissionView>('access.v1.permission.grant', PermissionCommand);
