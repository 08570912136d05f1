export * from './authorization-server-metadata';
export * from './get-jwks.message';
export * from './get-token-usage.message';
export * from './introspect-token.message';
export * from './issue-token.message';
export * from './oauth-error';
export * from './token-constants';
