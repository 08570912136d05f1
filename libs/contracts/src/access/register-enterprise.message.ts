import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Actor, ActorField } from '../bus/actor.dto';
import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
import type { EnterpriseView } from './enterprise.view';
import { IdentifiedPerson } from './person-details.dto';

/** `POST /enterprises` (platform operators): the enterprise, its qualities and its chief access manager. */
export class RegisterEnterpriseBody {
  @IsEnterpriseNumber()
  enterpriseNumber!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(Quality).length)
  @ArrayUnique()
  @IsEnum(Quality, { each: true })
  qualities!: Quality[];

  @IsObject()
  @ValidateNested()
  @Type(() => IdentifiedPerson)
  chiefAccessManager!: IdentifiedPerson;
}

export class RegisterEnterpriseCommand extends RegisterEnterpriseBody {
  @ActorField()
  actor!: Actor;
}

export interface RegisteredEnterprise extends EnterpriseView {
  chiefAccessManager: IdentifiedPerson;
}

export const RegisterEnterprise = defineMessage<RegisterEnterpriseCommand, RegisteredEnterprise>('access.v1.enterprise.register', RegisterEnterpriseCommand);
