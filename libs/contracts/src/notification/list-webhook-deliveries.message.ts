import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageInput } from '../pagination/page';
import { WebhookTarget } from './webhook-target';
import type { WebhookDeliveryView } from './webhook.view';

/** The deliveries of one endpoint, newest first, each with its attempts. */
export class ListWebhookDeliveriesQuery extends InEnterprise(WebhookTarget, PageInput) {}

export const ListWebhookDeliveries = defineMessage<ListWebhookDeliveriesQuery, Page<WebhookDeliveryView>>(
  'notification.v1.webhook-delivery.list',
  ListWebhookDeliveriesQuery,
);
