import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { DelegationTarget } from './delegation-target';
import type { DelegationDetail } from './delegation.view';

/** One delegation with its history, or `resourceNotFound` when the acting enterprise is not a party of it. */
export class GetDelegationQuery extends InEnterprise(DelegationTarget, NoInput) {}

export const GetDelegation = defineMessage<GetDelegationQuery, DelegationDetail>('delegation.v1.delegation.get', GetDelegationQuery);
