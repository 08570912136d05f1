import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { DelegationTarget } from './delegation-target';
import type { DelegationDetail } from './delegation.view';

/** One delegation with its history, or `resourceNotFound` when the acting enterprise is not a party of it. */
export class GetDelegationRequest extends InEnterprise(DelegationTarget, NoInput) {}

export const GetDelegation = defineMessage<GetDelegationRequest, DelegationDetail>('delegation.v1.delegation.get', GetDelegationRequest);
