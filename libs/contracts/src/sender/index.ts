export * from './find-senders-of-enterprises.message';
export * from './get-rest-account.message';
export * from './rest-account.view';
