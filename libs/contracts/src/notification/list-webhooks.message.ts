import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { defineMessage } from '../bus/message';
import { EnterpriseScoped } from '../bus/enterprise-scoped';
import { type Page, PageQuery } from '../pagination/page';
import type { WebhookView } from './webhook.view';

/** The enterprise's webhook endpoints, oldest first. */
export class ListWebhooksQuery extends EnterpriseScoped {
  @IsObject()
  @ValidateNested()
  @Type(() => PageQuery)
  page!: PageQuery;
}

export const ListWebhooks = defineMessage<ListWebhooksQuery, Page<WebhookView>>('notification.v1.webhook.list', ListWebhooksQuery);
