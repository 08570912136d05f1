import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsObject,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { OutsideEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
import { Nested } from '../validation/nested';
import { EnterpriseView } from './enterprise.view';
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

/** Registered by a platform operator, outside any enterprise (the enterprise is the body's). */
export class RegisterEnterpriseCommand extends OutsideEnterprise(RegisterEnterpriseBody) {}

/** The answer to a registration: the enterprise as stored (its 10-digit number) and its chief access manager. */
export class RegisteredEnterprise extends EnterpriseView {
  @Nested(() => IdentifiedPerson) chiefAccessManager!: IdentifiedPerson;
}

export const RegisterEnterprise = defineMessage<RegisterEnterpriseCommand, RegisteredEnterprise>(
  'access.v1.enterprise.register',
  RegisterEnterpriseCommand,
);
