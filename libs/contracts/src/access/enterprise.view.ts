import { IsArray, IsEnum, IsISO8601, IsString } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';

/** An enterprise as other services and clients see it. */
export class EnterpriseView {
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsString() name!: string;
  @IsArray() @IsEnum(Quality, { each: true }) qualities!: Quality[];
  @IsISO8601() registeredAt!: string;
}
