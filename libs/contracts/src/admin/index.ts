export * from './desk-messages';
export * from './failing-webhook.view';
export * from './unsent-mail.view';
