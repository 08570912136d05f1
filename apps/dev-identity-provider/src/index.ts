export * from './identity-provider-config';
