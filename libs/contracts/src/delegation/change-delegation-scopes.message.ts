import { IsISO8601, IsOptional, ValidateIf } from 'class-validator';
import { ExpectedVersionField, InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { DelegationTarget } from './delegation-target';
import { DelegationScopesField } from './delegation-scopes-field';
import type { DelegationView } from './delegation.view';
import { ReasonField } from './transition-delegation.message';

/**
 * Body of `PATCH /enterprises/{cbe}/delegations/{id}`: the company replaces the scopes of an accepted delegation,
 * and/or (added in v1) sets, changes or removes (`null`) its end date while it is pending or accepted. At least one.
 */
export class ChangeDelegationScopesBody {
  @ValidateIf((body: ChangeDelegationScopesBody) => body.scopes !== undefined || body.endsOn === undefined)
  @DelegationScopesField()
  scopes?: string[];

  @IsOptional()
  @IsISO8601()
  endsOn?: string | null;

  @ReasonField()
  reason?: string;
}

export class ChangeDelegationScopesCommand extends InEnterprise(DelegationTarget, ChangeDelegationScopesBody) {
  @ExpectedVersionField()
  expectedVersion?: string;
}

export const ChangeDelegationScopes = defineMessage<ChangeDelegationScopesCommand, DelegationView>(
  'delegation.v1.delegation.change-scopes',
  ChangeDelegationScopesCommand,
);
