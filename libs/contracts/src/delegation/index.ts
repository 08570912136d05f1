export * from './delegation.events';
export * from './delegation.view';
