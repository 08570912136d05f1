import { ArrayMinSize, IsArray, IsEnum, IsOptional, IsString } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
import type { EnterpriseRegisteredData, MemberData, PermissionData } from './access.events';
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
}

export class PermissionPayload implements PermissionData {
  @IsString() actorUserId!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsString() userId!: string;
  @IsString() permission!: string;
}
