import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import type { RegisteredWebhookView } from './webhook.view';
import { WEBHOOK_EVENT_TYPES } from './webhook-events';

/** Body of `POST /enterprises/{cbe}/webhooks`. Whether the target may be private is the service's deployment decision. */
export class WebhookRegistration {
  /** Where deliveries are POSTed; HTTPS (HTTP only where the deployment allows private targets, as in development). */
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false }, { message: 'url must be an absolute http(s) URL' })
  url!: string;

  /** CloudEvent types to deliver; absent or empty: every event that concerns the enterprise. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: `events must be event types among: ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  events?: string[];
}

export class RegisterWebhookCommand extends InEnterprise(NoTarget, WebhookRegistration) {}

export const RegisterWebhook = defineMessage<RegisterWebhookCommand, RegisteredWebhookView>(
  'notification.v1.webhook.register',
  RegisterWebhookCommand,
);
