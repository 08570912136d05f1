export * from './delete-webhook.message';
export * from './list-webhook-deliveries.message';
export * from './list-webhooks.message';
export * from './register-webhook.message';
export * from './webhook-events';
export * from './webhook.view';
export * from './notification.events';
export * from './webhook-target';
