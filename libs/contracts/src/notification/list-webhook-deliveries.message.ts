import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { defineMessage } from '../bus/message';
import { type Page, PageQuery } from '../pagination/page';
import { WebhookScoped } from './delete-webhook.message';
import type { WebhookDeliveryView } from './webhook.view';

/** The deliveries of one endpoint, newest first, each with its attempts. */
export class ListWebhookDeliveriesQuery extends WebhookScoped {
  @IsObject()
  @ValidateNested()
  @Type(() => PageQuery)
  page!: PageQuery;
}

export const ListWebhookDeliveries = defineMessage<ListWebhookDeliveriesQuery, Page<WebhookDeliveryView>>(
  'notification.v1.webhook-delivery.list',
  ListWebhookDeliveriesQuery,
);
