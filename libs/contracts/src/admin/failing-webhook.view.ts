import { IsISO8601, IsOptional } from 'class-validator';
import { WebhookView } from '../notification/webhook.view';

/** An endpoint that fails or was disabled, as the operator's desk lists it. */
export class FailingWebhookView extends WebhookView {
  /** Since when every attempt failed (absent on an endpoint disabled before this was kept). */
  @IsOptional() @IsISO8601() failingSince?: string;
}
