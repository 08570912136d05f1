import {
  DeleteWebhook,
  ListWebhookDeliveries,
  ListWebhookDeliveriesQuery,
  ListWebhooks,
  ListWebhooksQuery,
  RegisterWebhook,
  RegisterWebhookCommand,
  DeleteWebhookCommand,
} from '@chaman/contracts';
import { IdempotencyKey, OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeleteWebhookUseCase } from '../application/delete-webhook';
import { ListWebhookDeliveriesUseCase } from '../application/list-webhook-deliveries';
import { ListWebhooksUseCase } from '../application/list-webhooks';
import { RegisterWebhookUseCase } from '../application/register-webhook';

@Controller()
export class WebhooksController {
  constructor(
    private readonly registerWebhook: RegisterWebhookUseCase,
    private readonly listWebhooks: ListWebhooksUseCase,
    private readonly deleteWebhook: DeleteWebhookUseCase,
    private readonly listDeliveries: ListWebhookDeliveriesUseCase,
  ) {}

  @OnMessage(RegisterWebhook)
  register(@Payload() command: RegisterWebhookCommand, @IdempotencyKey() idempotencyKey?: string) {
    return this.registerWebhook.execute(command, idempotencyKey);
  }

  @OnMessage(ListWebhooks)
  list(@Payload() query: ListWebhooksQuery) {
    return this.listWebhooks.execute(query);
  }

  @OnMessage(DeleteWebhook)
  delete(@Payload() command: DeleteWebhookCommand) {
    return this.deleteWebhook.execute(command);
  }

  @OnMessage(ListWebhookDeliveries)
  deliveries(@Payload() query: ListWebhookDeliveriesQuery) {
    return this.listDeliveries.execute(query);
  }
}
