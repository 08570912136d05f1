import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';

/** `data` of `chief-handed-over` (added in v1): who is chief now, who was, who did it, and whether as platform operator. */
export class ChiefHandedOverPayload {
  @IsString() actorUserId!: string;
  /** True when a platform operator (chaman-admin) made the hand-over: an operator action. */
  @IsBoolean() byOperator!: boolean;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsString() userId!: string;
  @IsString() previousUserId!: string;
  @IsOptional() @IsString() name?: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() previousName?: string;
  @IsOptional() @IsString() previousEmail?: string;
}

export type ChiefHandedOverData = ChiefHandedOverPayload;
