import { Type } from 'class-transformer';
import { IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Actor } from '../bus/actor.dto';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';

/** An actor acting on one member of one enterprise: the common part of every member command. */
export class MemberTarget {
  @IsObject()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;

  @IsEnterpriseNumber()
  enterpriseNumber!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  userId!: string;
}
