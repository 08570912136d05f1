export * from './config/gateway-config';
export * from './start-gateway';
export * from './authorization/rights-feed';
export { gatewayMetricsUrl } from './health/metrics-listener';
