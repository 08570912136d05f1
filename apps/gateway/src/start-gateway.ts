import { LOGGER, METRICS, PinoNestLogger, RequestContextInterceptor, requestContext, type ServiceMetrics } from '@chaman/platform';
import rateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { type GatewayConfig, perReplicaLimit } from './config/gateway-config';
import { GatewayModule } from './gateway.module';
import { listenForMetrics } from './health/metrics-listener';
import { mountOpenApi } from './openapi/openapi';
import { answerClientError, answerFrameworkError, MAX_PATH_PARAMETER_LENGTH } from './problems/framework-errors';
import { ProblemFilter } from './problems/problem.filter';
import { applySecurityHeaders } from './web/content-security-policy';
import { serveWebApp } from './web/web-app-files';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function startGateway(config: GatewayConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: false,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      // Belgif's BelGov-Trace-Id, or the older X-Request-Id, carries the caller's trace; else the gateway starts one.
      const given = request.headers['belgov-trace-id'] ?? request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    routerOptions: { maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    // Behind an ingress: the client is the address the trusted proxies name, not the proxy's own.
    ...(config.trustedProxies?.length ? { trustProxy: config.trustedProxies } : {}),
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.register(config), adapter, { bufferLogs: true, abortOnError: false });
  const logger = app.get<Logger>(LOGGER);
  app.useLogger(new PinoNestLogger(logger));
  app.setGlobalPrefix('api/v1', { exclude: ['auth/login', 'auth/callback', 'auth/session', 'auth/logout'] });
  app.useGlobalFilters(new ProblemFilter(logger));
  app.useGlobalInterceptors(new RequestContextInterceptor(app.get<ServiceMetrics>(METRICS).handlerDuration));

  const fastify = app.getHttpAdapter().getInstance();
  // The correlation id holds from the first hook on, so guards' bus calls (authentication, authorisation) carry it too.
  fastify.addHook('onRequest', (request, _reply, done) => requestContext.run({ requestId: String(request.id) }, done));
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('belgov-trace-id', request.id);
  });
  await applySecurityHeaders(app, config.oidc?.issuerUrl);
  // Per address, before authentication (random bearer strings land here); per person after it (AuthenticationGuard).
  // The public login (`/auth/*`) has a tighter budget of its own. Each replica allows its share of the limits.
  const addressLimit = perReplicaLimit(config.rateLimitPerAddressPerMinute ?? config.rateLimitPerMinute, config.replicas);
  const authLimit = perReplicaLimit(config.authRateLimitPerMinute ?? config.rateLimitPerAddressPerMinute ?? config.rateLimitPerMinute, config.replicas);
  const isAuth = (url: string) => url.startsWith('/auth/');
  await app.register(rateLimit, {
    max: (request) => (isAuth(request.url) ? authLimit : addressLimit),
    timeWindow: '1 minute',
    keyGenerator: (request) => (isAuth(request.url) ? `auth ${request.ip}` : request.ip),
    errorResponseBuilder: (_request, context) => ({ statusCode: 429, message: `Rate limit of ${context.max} requests per minute exceeded.` }),
  });
  mountOpenApi(app, config.swaggerUi ?? true);
  if (config.webRoot) serveWebApp(fastify, config.webRoot);
  if (config.metricsPort !== undefined) await listenForMetrics(app, app.get<ServiceMetrics>(METRICS), config.metricsPort, config.host);
  await app.listen({ port: config.port, host: config.host });
  logger.info({ port: config.port, metricsPort: config.metricsPort, devMode: config.devMode, subjectPrefix: config.subjectPrefix }, 'gateway started');
  return app;
}
