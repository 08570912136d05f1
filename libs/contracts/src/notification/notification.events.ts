import { IsISO8601, IsString, IsUUID } from 'class-validator';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import { defineEvent } from '../events/cloud-event';
import { Streams } from '../events/streams';

export interface WebhookDisabledData {
  webhookId: string;
  enterpriseNumber: string;
  url: string;
  /** Since when every attempt failed. */
  failingSince: string;
  disabledAt: string;
}

/** `data` of `webhook-disabled`: the source of its JSON Schema and what consumers re-validate against. */
export class WebhookDisabledPayload implements WebhookDisabledData {
  @IsUUID() webhookId!: string;
  @IsEnterpriseNumber() enterpriseNumber!: string;
  @IsString() url!: string;
  @IsISO8601() failingSince!: string;
  @IsISO8601() disabledAt!: string;
}

/** Events of the notification-service; the CloudEvent `subject` is the webhook id. */
export const NotificationEvents = {
  webhookDisabled: defineEvent<WebhookDisabledData>(Streams.notification, 'webhook-disabled', WebhookDisabledPayload),
};
