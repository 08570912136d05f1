import {
  ChangeDelegationScopes,
  ChangeDelegationScopesCommand,
  RequestDelegation,
  RequestDelegationCommand,
  TransitionDelegation,
  TransitionDelegationCommand,
} from '@chaman/contracts';
import { IdempotencyKey, OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ChangeDelegationScopesUseCase } from '../application/change-delegation-scopes';
import { RequestDelegationUseCase } from '../application/request-delegation';
import { TransitionDelegationUseCase } from '../application/transition-delegation';

@Controller()
export class DelegationCommandsController {
  constructor(
    private readonly requestDelegation: RequestDelegationUseCase,
    private readonly transitionDelegation: TransitionDelegationUseCase,
    private readonly changeScopes: ChangeDelegationScopesUseCase,
  ) {}

  @OnMessage(RequestDelegation)
  request(@Payload() command: RequestDelegationCommand, @IdempotencyKey() idempotencyKey?: string) {
    return this.requestDelegation.execute(command, idempotencyKey);
  }

  @OnMessage(TransitionDelegation)
  transition(@Payload() command: TransitionDelegationCommand, @IdempotencyKey() idempotencyKey?: string) {
    return this.transitionDelegation.execute(command, idempotencyKey);
  }

  @OnMessage(ChangeDelegationScopes)
  changeDelegationScopes(@Payload() command: ChangeDelegationScopesCommand, @IdempotencyKey() idempotencyKey?: string) {
    return this.changeScopes.execute(command, idempotencyKey);
  }
}
