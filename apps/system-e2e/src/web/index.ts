export * from './log-in-over-http';
export * from './web-system';
