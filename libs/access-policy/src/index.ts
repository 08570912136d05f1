export * from './capability-policy';
export * from './position-rules';
export * from './technical-channels-right';
