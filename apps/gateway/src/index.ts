export * from './config/gateway-config';
export * from './start-gateway';
export * from './authorization/rights-feed';
