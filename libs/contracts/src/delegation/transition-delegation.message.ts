import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { PARTY_TRANSITIONS, type PartyTransition } from './delegation-action';
import { DelegationTarget } from './delegation-target';
import type { DelegationView } from './delegation.view';

export const MAX_REASON_LENGTH = 500;

/** Why a party acted (e.g. why it refused): kept in the history and carried by the event. */
export function ReasonField(): PropertyDecorator {
  return (target, property) => {
    IsOptional()(target, property);
    IsString()(target, property);
    MaxLength(MAX_REASON_LENGTH)(target, property);
  };
}

/** Optional body of `POST …/delegations/{id}/accept|refuse|relaunch|cancel|revoke|renounce`. */
export class DelegationReasonBody {
  @ReasonField()
  reason?: string;
}

/** `/enterprises/{cbe}/delegations/{id}/<action>`: the delegation and the transition its party asks for. */
export class DelegationTransitionTarget extends DelegationTarget {
  @IsIn(PARTY_TRANSITIONS)
  action!: PartyTransition;
}

export class TransitionDelegationCommand extends InEnterprise(DelegationTransitionTarget, DelegationReasonBody) {}

/** Moves a delegation through its lifecycle; the service decides whether the acting party may. */
export const TransitionDelegation = defineMessage<TransitionDelegationCommand, DelegationView>(
  'delegation.v1.delegation.transition',
  TransitionDelegationCommand,
);
