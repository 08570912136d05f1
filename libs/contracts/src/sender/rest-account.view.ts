import { IsArray, IsEnum, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';

export enum RestEnvironment {
  ACCEPTANCE = 'ACCEPTANCE',
  PRODUCTION = 'PRODUCTION',
}

/** A REST account as other services and clients see it, and as events carry it. */
export class RestAccountView {
  @IsUUID() id!: string;
  @IsString() senderNumber!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsEnum(Quality) quality!: Quality;
  @IsString() name!: string;
  @IsEnum(RestEnvironment) environment!: RestEnvironment;
  @IsArray() @IsString({ each: true }) scopes!: string[];
  @IsString() clientId!: string;
  @IsISO8601() createdAt!: string;
  /** Set once closed (added in v1): a closed one stays readable, its number or client id is never reused. */
  @IsOptional() @IsISO8601() closedAt?: string;
}
