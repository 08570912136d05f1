import { WebhooksController } from './webhooks.controller';

/** The webhook routes: endpoints of an enterprise and their deliveries. */
export const WEBHOOK_CONTROLLERS = [WebhooksController];
