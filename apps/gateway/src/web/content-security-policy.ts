import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';

/** The web client's policy: nothing inline, nothing from elsewhere (form-action also lets the login go to the provider). */
function appDirectives(identityProviderOrigin: string | undefined): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: identityProviderOrigin ? ["'self'", identityProviderOrigin] : ["'self'"],
  };
}

/** Swagger UI ships inline scripts and styles: its pages alone keep a looser policy. */
const SWAGGER_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";
const SWAGGER_PATH = /^\/api\/docs(\/|$|\?)/;

export async function applySecurityHeaders(app: NestFastifyApplication, identityProviderUrl: string | undefined): Promise<void> {
  const identityProviderOrigin = identityProviderUrl ? new URL(identityProviderUrl).origin : undefined;
  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: appDirectives(identityProviderOrigin) } });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      if (SWAGGER_PATH.test(request.url)) void reply.header('content-security-policy', SWAGGER_POLICY);
    });
}
