import {
  Capability,
  DeleteWebhook,
  ListWebhookDeliveries,
  ListWebhooks,
  PageInput,
  RegisterWebhook,
  RegisteredWebhookView,
  WebhookDeliveryView,
  WebhookRegistration,
  WebhookView,
} from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Delete, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Created } from '../http/created.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { envelope } from '../http/envelope';
import { Requires } from '../authorization/requires.decorator';
import { type Collection, CollectionOf, collectionOf, type Linked } from '../http/collection';
import { EnterprisePath } from '../http/enterprise.path';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidBody, ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { WebhookPath } from './webhook.path';
import { Answers } from '../openapi/answers.decorator';

@ApiTags('webhooks')
@Controller('enterprises/:cbe/webhooks')
@Requires(Capability.MANAGE_TECHNICAL_CHANNELS)
export class WebhooksController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @Created(RegisteredWebhookView, (webhook) => webhook.id)
  @ApiOperation({
    summary:
      'Register an HTTPS endpoint for the events that concern the enterprise; the answer shows its signing secret (whsec_…) this once.',
    description:
      'Deliveries are HTTP POSTs of the CloudEvent JSON signed as the Standard Webhooks specification says (webhook-id, webhook-timestamp, ' +
      'webhook-signature), retried with growing delays for more than a day; an endpoint failing for a day is disabled and its owner told by e-mail. ' +
      'Loopback and private addresses are refused unless the deployment allows them.',
  })
  register(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidBody(WebhookRegistration) body: WebhookRegistration,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<RegisteredWebhookView> {
    return this.bus.send(RegisterWebhook, envelope(principal, path, body), { idempotencyKey });
  }

  @Get()
  @Answers(CollectionOf(WebhookView, { href: true }))
  @ApiOperation({ summary: "The enterprise's webhook endpoints, oldest first (never with their secret)." })
  async list(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidQuery(PageInput) page: PageInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<Linked<WebhookView>>> {
    return collectionOf(await this.bus.send(ListWebhooks, envelope(principal, path, page)), request, (webhook) => webhook.id);
  }

  @Delete(':webhookId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an endpoint; its pending deliveries are dropped.' })
  async delete(@ValidPath(WebhookPath) path: WebhookPath, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.bus.send(DeleteWebhook, envelope(principal, path));
  }

  @Get(':webhookId/deliveries')
  @Answers(CollectionOf(WebhookDeliveryView))
  @ApiOperation({ summary: 'The deliveries of an endpoint, newest first, each with every attempt (time, HTTP status or error, duration).' })
  async deliveries(
    @ValidPath(WebhookPath) path: WebhookPath,
    @ValidQuery(PageInput) page: PageInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<WebhookDeliveryView>> {
    return collectionOf(await this.bus.send(ListWebhookDeliveries, envelope(principal, path, page)), request);
  }
}
