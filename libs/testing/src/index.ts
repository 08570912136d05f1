export * from './event-probe';
export * from './test-infrastructure';
export * from './test-scope';
export * from './drop-databases';
export * from './problem-thrown-by';
export * from './mail-catcher';
export * from './webhook-receiver';
export * from './manual-clock';
