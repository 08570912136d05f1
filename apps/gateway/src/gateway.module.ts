import { BusClient, CLOCK, createLogger, createServiceMetrics, LOGGER, METRICS, systemClock } from '@chaman/platform';
import { type DynamicModule, Module, type OnApplicationShutdown, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthenticationGuard } from './auth/authentication.guard';
import { Authenticator } from './auth/authenticator';
import { DevIssuer } from './auth/dev-issuer';
import { DevTokensController } from './auth/dev-tokens.controller';
import { SubjectRateLimit } from './auth/subject-rate-limit';
import { OidcClient } from './auth/oidc/oidc-client';
import { SessionStore } from './auth/session/session-store';
import { TokenVerifier } from './auth/token-verifier';
import { WebLoginController } from './auth/web-login.controller';
import { WebLoginSettings } from './auth/web-login-settings';
import { AuthorizationGuard } from './authorization/authorization.guard';
import { authorizationProviders } from './authorization/authorization.providers';
import { DEFAULT_SESSION_TTL_SECONDS, type GatewayConfig, perReplicaLimit } from './config/gateway-config';
import { HealthController } from './health/health.controller';
import { ROUTE_CONTROLLERS } from './routes';
import { OAuthIssuer, OAuthRateLimits } from './tokens';

class BusLifecycle implements OnApplicationShutdown {
  constructor(private readonly bus: BusClient) {}
  onApplicationShutdown() {
    return this.bus.close();
  }
}

/** The HTTP edge: authentication, authorisation and validation, then one bus message per route. */
@Module({})
export class GatewayModule {
  static register(config: GatewayConfig, logger = createLogger('gateway', config.logLevel)): DynamicModule {
    const controllers: Type<unknown>[] = [HealthController, DevTokensController, WebLoginController, ...ROUTE_CONTROLLERS];
    const sessionTtlSeconds = config.sessionTtlSeconds ?? DEFAULT_SESSION_TTL_SECONDS;
    return {
      module: GatewayModule,
      controllers,
      providers: [
        { provide: LOGGER, useValue: logger },
        { provide: METRICS, useValue: createServiceMetrics('gateway') },
        { provide: CLOCK, useValue: systemClock },
        { provide: DevIssuer, useFactory: () => (config.devMode ? DevIssuer.create(config.jwt.audience, config.devTokensSecret) : null) },
        { provide: OidcClient, useFactory: () => (config.oidc ? new OidcClient(config.oidc) : null) },
        {
          provide: TokenVerifier,
          useFactory: (issuer: DevIssuer | null, oidc: OidcClient | null) => new TokenVerifier(config.jwt, issuer, oidc),
          inject: [DevIssuer, OidcClient],
        },
        { provide: WebLoginSettings, useValue: new WebLoginSettings(config.oidc?.publicUrl, sessionTtlSeconds) },
        {
          provide: BusClient,
          useFactory: async () => {
            const bus = new BusClient({
              natsUrl: config.natsUrl,
              natsCredentials: config.natsCredentials,
              subjectPrefix: config.subjectPrefix,
              name: 'gateway',
              timeoutMs: config.busTimeoutMs,
            });
            await bus.connect();
            return bus;
          },
        },
        // Sessions exist only where the web login does.
        {
          provide: SessionStore,
          useFactory: (bus: BusClient) =>
            config.oidc ? SessionStore.open(bus.connection(), config.subjectPrefix, sessionTtlSeconds, config.streamReplicas) : null,
          inject: [BusClient],
        },
        Authenticator,
        { provide: SubjectRateLimit, useValue: new SubjectRateLimit(perReplicaLimit(config.rateLimitPerMinute, config.replicas)) },
        { provide: OAuthIssuer, useValue: new OAuthIssuer(config.publicUrl ?? config.oidc?.publicUrl) },
        { provide: OAuthRateLimits, useValue: new OAuthRateLimits(config.tokenRateLimits) },
        { provide: BusLifecycle, useFactory: (bus: BusClient) => new BusLifecycle(bus), inject: [BusClient] },
        ...authorizationProviders(config),
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: AuthorizationGuard },
      ],
    };
  }
}
