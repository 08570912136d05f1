export * from './config/gateway-config';
export * from './start-gateway';
