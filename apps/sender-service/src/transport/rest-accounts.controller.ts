import {
  CreateRestAccount,
  CreateRestAccountCommand,
  GetRestAccount,
  GetRestAccountQuery,
  GetSenderRestAccount,
  GetSenderRestAccountQuery,
  ListRestAccounts,
  ListRestAccountsQuery,
} from '@chaman/contracts';
import { IdempotencyKey, OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CreateRestAccountUseCase } from '../application/create-rest-account';
import { GetRestAccountUseCase } from '../application/get-rest-account';
import { ListRestAccountsUseCase } from '../application/list-rest-accounts';

@Controller()
export class RestAccountsController {
  constructor(
    private readonly createRestAccount: CreateRestAccountUseCase,
    private readonly listRestAccounts: ListRestAccountsUseCase,
    private readonly getRestAccount: GetRestAccountUseCase,
  ) {}

  @OnMessage(CreateRestAccount)
  create(@Payload() command: CreateRestAccountCommand, @IdempotencyKey() key?: string) {
    return this.createRestAccount.execute(command, key);
  }

  @OnMessage(ListRestAccounts)
  list(@Payload() request: ListRestAccountsQuery) {
    return this.listRestAccounts.execute(request);
  }

  @OnMessage(GetSenderRestAccount)
  ofSender(@Payload() request: GetSenderRestAccountQuery) {
    return this.getRestAccount.ofOwnSender(request);
  }

  @OnMessage(GetRestAccount)
  byId(@Payload() request: GetRestAccountQuery) {
    return this.getRestAccount.byId(request);
  }
}
