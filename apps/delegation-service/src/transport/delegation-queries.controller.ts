import { GetDelegation, GetDelegationRequest, ListDelegations, ListDelegationsRequest } from '@chaman/contracts';
import { OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { GetDelegationUseCase } from '../application/get-delegation';
import { ListDelegationsUseCase } from '../application/list-delegations';

@Controller()
export class DelegationQueriesController {
  constructor(
    private readonly getDelegation: GetDelegationUseCase,
    private readonly listDelegations: ListDelegationsUseCase,
  ) {}

  @OnMessage(GetDelegation)
  get(@Payload() request: GetDelegationRequest) {
    return this.getDelegation.execute(request);
  }

  @OnMessage(ListDelegations)
  list(@Payload() request: ListDelegationsRequest) {
    return this.listDelegations.execute(request);
  }
}
