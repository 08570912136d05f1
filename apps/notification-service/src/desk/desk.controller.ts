import {
  EnableWebhook,
  EnableWebhookCommand,
  RecordOperatorAction,
  RecordOperatorActionCommand,
  ListFailingWebhooks,
  ListFailingWebhooksQuery,
  ListUnsentMails,
  ListUnsentMailsQuery,
  ResendMail,
  ResendMailCommand,
} from '@chaman/contracts';
import { OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeskUseCases } from './desk.use-cases';

@Controller()
export class DeskController {
  constructor(private readonly desk: DeskUseCases) {}

  @OnMessage(ListFailingWebhooks)
  failingWebhooks(@Payload() query: ListFailingWebhooksQuery) {
    return this.desk.failingWebhooks(query);
  }

  @OnMessage(EnableWebhook)
  enableWebhook(@Payload() command: EnableWebhookCommand) {
    return this.desk.enableWebhook(command);
  }

  @OnMessage(ListUnsentMails)
  unsentMails(@Payload() query: ListUnsentMailsQuery) {
    return this.desk.unsentMails(query);
  }

  @OnMessage(ResendMail)
  resendMail(@Payload() command: ResendMailCommand) {
    return this.desk.resendMail(command);
  }

  @OnMessage(RecordOperatorAction)
  recordOperatorAction(@Payload() command: RecordOperatorActionCommand) {
    return this.desk.recordOperatorAction(command);
  }
}
