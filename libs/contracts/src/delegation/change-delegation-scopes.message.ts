import { ExpectedVersionField, InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { DelegationTarget } from './delegation-target';
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

export class ChangeDelegationScopesCommand extends InEnterprise(DelegationTarget, ChangeDelegationScopesBody) {
  @ExpectedVersionField()
  expectedVersion?: string;
}

export const ChangeDelegationScopes = defineMessage<ChangeDelegationScopesCommand, DelegationView>(
  'delegation.v1.delegation.change-scopes',
  ChangeDelegationScopesCommand,
);
