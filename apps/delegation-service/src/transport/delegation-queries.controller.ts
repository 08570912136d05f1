import {
  GetDelegation,
  GetDelegationQuery,
  GetDelegationState,
  GetDelegationStateQuery,
  ListDelegations,
  ListDelegationsQuery,
} from '@chaman/contracts';
import { OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { GetDelegationUseCase } from '../application/get-delegation';
import { GetDelegationStateUseCase } from '../application/get-delegation-state';
import { ListDelegationsUseCase } from '../application/list-delegations';

@Controller()
export class DelegationQueriesController {
  constructor(
    private readonly getDelegation: GetDelegationUseCase,
    private readonly listDelegations: ListDelegationsUseCase,
    private readonly getDelegationState: GetDelegationStateUseCase,
  ) {}

  @OnMessage(GetDelegationState)
  state(@Payload() request: GetDelegationStateQuery) {
    return this.getDelegationState.execute(request);
  }

  @OnMessage(GetDelegation)
  get(@Payload() request: GetDelegationQuery) {
    return this.getDelegation.execute(request);
  }

  @OnMessage(ListDelegations)
  list(@Payload() request: ListDelegationsQuery) {
    return this.listDelegations.execute(request);
  }
}
