import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

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

export interface SecurityHeaders {
  /** Every answer's headers (helmet's defaults and the web client's policy). */
  all: Readonly<Record<string, string>>;
  /** The same, with Swagger UI's looser policy. */
  swagger: Readonly<Record<string, string>>;
}

/**
 * Helmet's headers, computed once at start: with no nonce and no per-request directive they depend on no request, so
 * each answer gets the same set in one assignment instead of helmet's middleware chain rebuilding it every time.
 */
export function securityHeaders(identityProviderUrl: string | undefined): SecurityHeaders {
  const identityProviderOrigin = identityProviderUrl ? new URL(identityProviderUrl).origin : undefined;
  const all: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => void (all[name.toLowerCase()] = value),
    removeHeader: () => undefined,
  };
  const middleware = helmet({ contentSecurityPolicy: { useDefaults: false, directives: appDirectives(identityProviderOrigin) } });
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error as Error;
  });
  return { all, swagger: { ...all, 'content-security-policy': SWAGGER_POLICY } };
}

/** The set an answer to `url` gets. */
export const securityHeadersFor = (headers: SecurityHeaders, url: string): Readonly<Record<string, string>> =>
  SWAGGER_PATH.test(url) ? headers.swagger : headers.all;
