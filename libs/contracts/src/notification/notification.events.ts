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

/** Events of the notification-service; the CloudEvent `subject` is the webhook id. */
export const NotificationEvents = {
  webhookDisabled: defineEvent<WebhookDisabledData>(Streams.notification, 'webhook-disabled'),
};
