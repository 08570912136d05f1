import { IsBoolean, IsEmail, IsEnum, IsIn, IsISO8601, IsOptional, IsString } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Nested } from '../validation/nested';
import { GRANTABLE_PERMISSIONS, type GrantablePermission } from './permission';
import { Position } from './position';

/**
 * Why a person holds — or lacks — the technical-channels right: `POSITION` (automatic for (chief) access
 * managers), `DEFAULT` (group managers), `GRANT` (explicit grant to a user), `REVOKED` (a group manager's
 * default withdrawn, or a user's grant taken back), `NONE` (a user never granted).
 */
export const RIGHT_BASES = ['POSITION', 'DEFAULT', 'GRANT', 'REVOKED', 'NONE'] as const;
export type RightBasis = (typeof RIGHT_BASES)[number];

/** The state of one permission of one member, with who decided it and when (absent for automatic ones). */
export class PermissionView {
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsString() userId!: string;
  @IsIn(GRANTABLE_PERMISSIONS) permission!: GrantablePermission;
  @IsBoolean() held!: boolean;
  @IsIn(RIGHT_BASES) basis!: RightBasis;
  @IsOptional() @IsString() decidedBy?: string;
  @IsOptional() @IsISO8601() decidedAt?: string;
}

/** A member of an enterprise as access managers see them. */
export class MemberView {
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsString() userId!: string;
  @IsString() name!: string;
  @IsEmail() email!: string;
  @IsEnum(Position) position!: Position;
  @IsBoolean() holdsTechnicalChannelsRight!: boolean;
  @Nested(() => PermissionView) technicalChannelsRight!: PermissionView;
  @IsString() appointedBy!: string;
  @IsISO8601() appointedAt!: string;
  @IsISO8601() updatedAt!: string;
}
