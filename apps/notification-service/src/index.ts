export * from './application/due-notices';
export * from './notification-settings';
export * from './notification.service';
export * from './transport/mail-dispatcher';
export * from './transport/webhook-dispatcher';
export * from './domain/retry-schedule';
export * from './application/notification-retention';
export * from './application/register-webhook';
