export * from './api-client';
export * from './system-harness';
export * from './web';
