export * from './log-in-over-http';
export * from './web-system';
export * from './journey-kit';
