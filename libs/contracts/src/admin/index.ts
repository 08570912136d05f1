export * from './desk-messages';
export * from './failing-webhook.view';
export * from './unsent-mail.view';
export * from './operator-lookups.message';
export * from './parked-events.message';
