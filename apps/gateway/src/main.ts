import './telemetry';
import 'reflect-metadata';
import { gatewayConfigFromEnv } from './config/gateway-config';
import { startGateway } from './start-gateway';

void startGateway(gatewayConfigFromEnv()).then((app) => app.enableShutdownHooks(['SIGTERM', 'SIGINT']));
