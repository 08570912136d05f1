import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { defineMessage } from '../bus/message';
import { DelegationTarget } from './delegation-scopes';
import { DelegationScopesField } from './delegation-scopes-field';
import type { DelegationView } from './delegation.view';
import { ReasonField } from './transition-delegation.message';

/** Body of `PATCH /enterprises/{cbe}/delegations/{id}`: the company replaces the scopes of an accepted delegation. */
export class ChangeDelegationScopesBody {
  @DelegationScopesField()
  scopes!: string[];

  @ReasonField()
  reason?: string;
}

export class ChangeDelegationScopesCommand extends DelegationTarget {
  @IsObject()
  @ValidateNested()
  @Type(() => ChangeDelegationScopesBody)
  change!: ChangeDelegationScopesBody;
}

export const ChangeDelegationScopes = defineMessage<ChangeDelegationScopesCommand, DelegationView>(
  'delegation.v1.delegation.change-scopes',
  ChangeDelegationScopesCommand,
);
