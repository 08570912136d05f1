import { IsUUID } from 'class-validator';

/** `/enterprises/{cbe}/webhooks/{webhookId}`. */
export class WebhookTarget {
  @IsUUID()
  webhookId!: string;
}
