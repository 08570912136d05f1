export * from './application/key-ring';
export * from './token-settings';
export * from './token.service';
