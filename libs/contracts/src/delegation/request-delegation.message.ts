import { Type } from 'class-transformer';
import { IsEnum, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
import { EnterpriseScoped } from '../bus/enterprise-scoped';
import { DelegationScopesField } from './delegation-scopes-field';
import type { DelegationView } from './delegation.view';

/** Body of `POST /enterprises/{cbe}/delegations`; `{cbe}` must be one of the two parties and is the initiator. */
export class RequestDelegationBody {
  @IsEnterpriseNumber()
  companyEnterpriseNumber!: string;

  @IsEnum(Quality)
  companyQuality!: Quality;

  @IsEnterpriseNumber()
  intermediaryEnterpriseNumber!: string;

  /** One REST account of the company's sender in `companyQuality`. */
  @IsUUID()
  restAccountId!: string;

  /** Defaults to every scope of the REST account. */
  @IsOptional()
  @DelegationScopesField()
  scopes?: string[];
}

export class RequestDelegationCommand extends EnterpriseScoped {
  @IsObject()
  @ValidateNested()
  @Type(() => RequestDelegationBody)
  request!: RequestDelegationBody;
}

export const RequestDelegation = defineMessage<RequestDelegationCommand, DelegationView>('delegation.v1.delegation.request', RequestDelegationCommand);
