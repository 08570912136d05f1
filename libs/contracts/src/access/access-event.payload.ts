import { ArrayMinSize, IsArray, IsBoolean, IsEnum, IsIn, IsISO8601, IsOptional, IsString } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
import { Nested } from '../validation/nested';
import type { EnterpriseRegisteredData, MemberData, MemberRightData, PermissionData } from './access.events';
import { RIGHT_BASES, type RightBasis } from './member.view';
import { Position } from './position';

/*
 * The `data` of the access-service's events as classes: the source of their published JSON Schemas
 * (libs/contracts/schemas/v1/events/access.*.json) and what a consumer re-validates against.
 */

export class EnterpriseRegisteredPayload implements EnterpriseRegisteredData {
  @IsString() actorUserId!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsString() name!: string;
  @IsArray() @ArrayMinSize(1) @IsEnum(Quality, { each: true }) qualities!: Quality[];
  @IsString() chiefAccessManagerUserId!: string;
}

export class MemberRightPayload implements MemberRightData {
  @IsBoolean() held!: boolean;
  @IsIn(RIGHT_BASES) basis!: RightBasis;
  @IsOptional() @IsString() decidedBy?: string;
  @IsOptional() @IsISO8601() decidedAt?: string;
}

export class MemberPayload implements MemberData {
  @IsString() actorUserId!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsString() userId!: string;
  @IsEnum(Position) position!: Position;
  /** Added in v1 (optional): the member's name and address, absent on removals. */
  @IsOptional() @IsString() name?: string;
  @IsOptional() @IsString() email?: string;
  /** Added in v1 (optional): on `member-changed`, the values before the change. */
  @IsOptional() @IsEnum(Position) previousPosition?: Position;
  @IsOptional() @IsString() previousName?: string;
  @IsOptional() @IsString() previousEmail?: string;
  /** Added in v1 (optional): on appointments and changes, the member's technical-channels right after the event. */
  @IsOptional() @Nested(() => MemberRightPayload) technicalChannels?: MemberRightPayload;
}

export class PermissionPayload implements PermissionData {
  @IsString() actorUserId!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsString() userId!: string;
  @IsString() permission!: string;
}
