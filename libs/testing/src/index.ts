export * from './event-probe';
export * from './test-infrastructure';
export * from './test-scope';
export * from './problem-thrown-by';
