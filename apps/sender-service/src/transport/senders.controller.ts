import {
  CreateSender,
  CreateSenderCommand,
  FindSendersOfEnterprises,
  FindSendersOfEnterprisesQuery,
  GetSender,
  GetSenderQuery,
  ListSenders,
  ListSendersQuery,
  ReplaceTechnicalContact,
  ReplaceTechnicalContactCommand,
} from '@chaman/contracts';
import { IdempotencyKey, OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CreateSenderUseCase } from '../application/create-sender';
import { FindSendersOfEnterprisesUseCase } from '../application/find-senders-of-enterprises';
import { GetSenderUseCase } from '../application/get-sender';
import { ListSendersUseCase } from '../application/list-senders';
import { ReplaceTechnicalContactUseCase } from '../application/replace-technical-contact';

@Controller()
export class SendersController {
  constructor(
    private readonly createSender: CreateSenderUseCase,
    private readonly listSenders: ListSendersUseCase,
    private readonly getSender: GetSenderUseCase,
    private readonly replaceContact: ReplaceTechnicalContactUseCase,
    private readonly findSendersOfEnterprises: FindSendersOfEnterprisesUseCase,
  ) {}

  @OnMessage(CreateSender)
  create(@Payload() command: CreateSenderCommand, @IdempotencyKey() key?: string) {
    return this.createSender.execute(command, key);
  }

  @OnMessage(ListSenders)
  list(@Payload() request: ListSendersQuery) {
    return this.listSenders.execute(request);
  }

  @OnMessage(GetSender)
  get(@Payload() request: GetSenderQuery) {
    return this.getSender.execute(request);
  }

  @OnMessage(ReplaceTechnicalContact)
  replaceTechnicalContact(@Payload() command: ReplaceTechnicalContactCommand) {
    return this.replaceContact.execute(command);
  }

  @OnMessage(FindSendersOfEnterprises)
  ofEnterprises(@Payload() request: FindSendersOfEnterprisesQuery) {
    return this.findSendersOfEnterprises.execute(request);
  }
}
