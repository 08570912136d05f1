import { BusClient, createLogger, METRICS, PinoNestLogger, requestContext, type ServiceMetrics } from '@chaman/platform';
import rateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { type GatewayConfig, perReplicaLimit } from './config/gateway-config';
import { GatewayModule } from './gateway.module';
import { listenForMetrics } from './health/metrics-listener';
import { AccessLog } from './http/access-log';
import { timeRoutes } from './http/route-timing';
import { mountOpenApi } from './openapi/openapi';
import { answerClientError, answerFrameworkError, MAX_PATH_PARAMETER_LENGTH } from './problems/framework-errors';
import { ProblemFilter } from './problems/problem.filter';
import { securityHeaders, securityHeadersFor } from './web/security-headers';
import { serveWebApp } from './web/web-app-files';
import { CONTACT_VERIFICATION_PATH_PREFIX } from './contact-verifications';
import { mountTokenEndpoint, OAUTH_ROUTES, OAuthIssuer, OAuthRateLimits } from './tokens';

const CALLER_TRACE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function startGateway(config: GatewayConfig): Promise<NestFastifyApplication> {
  const logger = createLogger('gateway', config.logLevel);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new AccessLog(),
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: false,
    // Belgif tracing: every answer gets the gateway's own BelGov-Trace-Id (the correlation id on the bus and in logs).
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    routerOptions: { maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    // Behind an ingress: the client is the address the trusted proxies name, not the proxy's own.
    ...(config.trustedProxies?.length ? { trustProxy: config.trustedProxies } : {}),
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.register(config, logger), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(new PinoNestLogger(logger));
  app.setGlobalPrefix('api/v1', { exclude: ['auth/login', 'auth/callback', 'auth/session', 'auth/logout', ...OAUTH_ROUTES] });
  const metrics = app.get<ServiceMetrics>(METRICS);
  app.useGlobalFilters(new ProblemFilter(logger, metrics.problems));

  const fastify = app.getHttpAdapter().getInstance();
  // The correlation id holds from the first hook on, so guards' bus calls (authentication, authorisation) carry it too;
  // the security headers are one fixed set (computed at start), given to every answer in the same hook.
  const security = securityHeaders(config.oidc?.issuerUrl);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(securityHeadersFor(security, request.url));
    requestContext.run({ requestId: String(request.id) }, done);
  });
  // Again once the body is read: its stream's events run outside the context entered above.
  fastify.addHook('preHandler', (request, _reply, done) => requestContext.run({ requestId: String(request.id) }, done));
  // In onSend, so that the answers of the framework's own errors (which skip onRequest) carry the trace id too.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('belgov-trace-id', request.id);
    // The caller's own trace id comes back as the related one, so that both sides can find the exchange in their logs.
    const callerTraceId = request.headers['belgov-trace-id'];
    if (typeof callerTraceId === 'string' && CALLER_TRACE_ID.test(callerTraceId))
      void reply.header('belgov-related-trace-id', callerTraceId);
    done(null, payload);
  });
  timeRoutes(fastify, metrics.handlerDuration);
  // Per address, before authentication (random bearer strings land here); per person after it (AuthenticationGuard).
  // The public login (`/auth/*`) has a tighter budget of its own. Each replica allows its share of the limits.
  const addressLimit = perReplicaLimit(config.rateLimitPerAddressPerMinute ?? config.rateLimitPerMinute, config.replicas);
  const authLimit = perReplicaLimit(
    config.authRateLimitPerMinute ?? config.rateLimitPerAddressPerMinute ?? config.rateLimitPerMinute,
    config.replicas,
  );
  // So does the public confirmation of a contact's address (a token guessed per request would be spent there).
  const isAuth = (url: string) => url.startsWith('/auth/') || url.startsWith(CONTACT_VERIFICATION_PATH_PREFIX);
  await app.register(rateLimit, {
    max: (request) => (isAuth(request.url) ? authLimit : addressLimit),
    timeWindow: '1 minute',
    keyGenerator: (request) => (isAuth(request.url) ? `auth ${request.ip}` : request.ip),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Rate limit of ${context.max} requests per minute exceeded.`,
    }),
  });
  // After the address rate limit (it applies to the routes added after it), like the NestJS routes at listen.
  mountTokenEndpoint(fastify, {
    bus: app.get(BusClient),
    issuer: app.get(OAuthIssuer),
    limits: app.get(OAuthRateLimits),
  });
  mountOpenApi(app, config.swaggerUi ?? true);
  if (config.webRoot) await serveWebApp(fastify, config.webRoot);
  if (config.metricsPort !== undefined) await listenForMetrics(app, metrics, config.metricsPort, config.host);
  await app.listen({ port: config.port, host: config.host });
  logger.info(
    { port: config.port, metricsPort: config.metricsPort, devMode: config.devMode, subjectPrefix: config.subjectPrefix },
    'gateway started',
  );
  return app;
}
