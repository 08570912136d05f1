export * from './access.events';
export * from './authorize.message';
export * from './capability';
export * from './enterprise.view';
export * from './get-enterprise.message';
export * from './position';
