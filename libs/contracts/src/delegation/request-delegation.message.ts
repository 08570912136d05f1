import { IsEnum, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { Quality } from '../enterprise/quality';
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

  /** Added in v1: when the delegation ends (the company's choice; it must be in the future). */
  @IsOptional()
  @IsISO8601()
  endsOn?: string;
}

/** `{cbe}` is the initiating party. */
export class RequestDelegationCommand extends InEnterprise(NoTarget, RequestDelegationBody) {}

export const RequestDelegation = defineMessage<RequestDelegationCommand, DelegationView>(
  'delegation.v1.delegation.request',
  RequestDelegationCommand,
);
