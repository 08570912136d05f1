import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { GRANTABLE_PERMISSIONS, type GrantablePermission } from './permission';

/** `/enterprises/{cbe}/members/{userId}`: one member of the acting enterprise. */
export class MemberTarget {
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  userId!: string;
}

/** `/enterprises/{cbe}/members/{userId}/permissions/{permission}`. */
export class PermissionTarget extends MemberTarget {
  @IsIn(GRANTABLE_PERMISSIONS, { message: `permission must be one of: ${GRANTABLE_PERMISSIONS.join(', ')}` })
  permission!: GrantablePermission;
}
