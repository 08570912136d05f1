export * from './demo-api';
export * from './demo-api-config';
export * from './whoami';
