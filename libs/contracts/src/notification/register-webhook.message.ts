import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsObject, IsOptional, IsString, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { defineMessage } from '../bus/message';
import { EnterpriseScoped } from '../bus/enterprise-scoped';
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

export class RegisterWebhookCommand extends EnterpriseScoped {
  @IsObject()
  @ValidateNested()
  @Type(() => WebhookRegistration)
  webhook!: WebhookRegistration;
}

export const RegisterWebhook = defineMessage<RegisterWebhookCommand, RegisteredWebhookView>('notification.v1.webhook.register', RegisterWebhookCommand);
