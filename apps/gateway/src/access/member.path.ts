import { GRANTABLE_PERMISSIONS, type GrantablePermission, IsEnterpriseNumber } from '@chaman/contracts';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** `/enterprises/{cbe}/members/{userId}` */
export class MemberPath {
  @IsEnterpriseNumber()
  cbe!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  userId!: string;
}

/** `/enterprises/{cbe}/members/{userId}/permissions/{permission}` */
export class PermissionPath extends MemberPath {
  @IsIn(GRANTABLE_PERMISSIONS, { message: `permission must be one of: ${GRANTABLE_PERMISSIONS.join(', ')}` })
  permission!: GrantablePermission;
}
