import { BusClient, createLogger, createServiceMetrics, LOGGER, METRICS } from '@chaman/platform';
import { type DynamicModule, Module, type OnApplicationShutdown, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthenticationGuard } from './auth/authentication.guard';
import { DevIssuer } from './auth/dev-issuer';
import { DevTokensController } from './auth/dev-tokens.controller';
import { TokenVerifier } from './auth/token-verifier';
import { AuthorizationGuard } from './authorization/authorization.guard';
import { authorizationProviders } from './authorization/authorization.providers';
import type { GatewayConfig } from './config/gateway-config';
import { GatewayMetricsController } from './health/gateway-metrics.controller';
import { HealthController } from './health/health.controller';
import { ROUTE_CONTROLLERS } from './routes';

class BusLifecycle implements OnApplicationShutdown {
  constructor(private readonly bus: BusClient) {}
  onApplicationShutdown() {
    return this.bus.close();
  }
}

/** The HTTP edge: authentication, authorisation and validation, then one bus message per route. */
@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    const controllers: Type<unknown>[] = [HealthController, GatewayMetricsController, DevTokensController, ...ROUTE_CONTROLLERS];
    return {
      module: GatewayModule,
      controllers,
      providers: [
        { provide: LOGGER, useValue: createLogger('gateway', config.logLevel) },
        { provide: METRICS, useValue: createServiceMetrics('gateway') },
        { provide: DevIssuer, useFactory: () => (config.devMode ? DevIssuer.create(config.jwt.audience) : null) },
        { provide: TokenVerifier, useFactory: (issuer: DevIssuer | null) => new TokenVerifier(config.jwt, issuer), inject: [DevIssuer] },
        {
          provide: BusClient,
          useFactory: async () => {
            const bus = new BusClient({ natsUrl: config.natsUrl, natsCredentials: config.natsCredentials, subjectPrefix: config.subjectPrefix, name: 'gateway', timeoutMs: config.busTimeoutMs });
            await bus.connect();
            return bus;
          },
        },
        { provide: BusLifecycle, useFactory: (bus: BusClient) => new BusLifecycle(bus), inject: [BusClient] },
        ...authorizationProviders(config),
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: AuthorizationGuard },
      ],
    };
  }
}
