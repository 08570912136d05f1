import { IsUUID } from 'class-validator';
import { defineMessage } from '../bus/message';
import type { DelegationView } from './delegation.view';

/**
 * The delegation-service's own word on a delegation's current state, for a service that cannot trust the event
 * it holds (it disagrees with what that service knows, or it was parked): `resourceNotFound` when there is none.
 */
export class GetDelegationStateQuery {
  @IsUUID()
  delegationId!: string;
}

export const GetDelegationState = defineMessage<GetDelegationStateQuery, DelegationView>(
  'delegation.v1.delegation-state.get',
  GetDelegationStateQuery,
);
