export * from './accessibility';
export * from './browser';
export * from './ssh-keys';
export * from './screen-check';
export * from './log-in';
