/**
 * The whole system as `npm start` runs it, for the web client's tests (Playwright) and the login's tests:
 *
 *   const system = await startWebSystem();            // services, the development identity provider, one gateway
 *   system.baseUrl                                    // http://127.0.0.1:<port>: the SPA at /, the API at /api/v1
 *   system.identityProviderUrl                        // http://127.0.0.1:<port> (the provider's issuer)
 *   await system.api.as({ sub: 'op', roles: ['chaman-admin'] }, 'POST', '/api/v1/enterprises', { body })  // set-up by bearer
 *   const alice = await logInOverHttp(system.baseUrl, { login: 'alice' }); // the browser's login, over plain HTTP
 *   await fetch(`${system.baseUrl}/api/v1/me`, { headers: { cookie: alice.cookie } });
 *   await system.stop();
 *
 * Options: `gateways: 2` starts a second gateway on the same NATS (sessions work across both); `webRoot` serves
 * another folder than apps/web/dist; `gatewayEnv` adds environment to every gateway; `demoApi` runs the Demo v1 API
 * too (`demoApiUrl`). `restartGateway(i)` stops and starts gateway i on its port. Everything runs on free loopback
 * ports with its own nats-server, subject prefix and databases, and `stop()` removes it all.
 *
 * The identity provider's login page: text field `login` (label "User id"), optional `name` ("Name (optional)") and
 * `email` ("E-mail (optional)"), checkbox `roles` = `chaman-admin` ("Platform operator (role chaman-admin)"), button
 * "Log in". It asks every time (no remembered provider session), so logging in as another person needs nothing else.
 */
import { OAUTH_PATHS } from '@chaman/contracts';
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from '@chaman/dev-identity-provider';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ApiClient } from '../api-client';
import { AppProcess, WORKSPACE_ROOT } from '../processes/app-process';
import { freePort } from '../processes/free-port';
import { ProcessSystem } from '../processes/process-system';
import { started } from '../processes/started';

export interface WebSystemOptions {
  /** How many gateway processes (default 1), all on the same NATS, services and identity provider. */
  gateways?: number;
  /** The built web client to serve (default apps/web/dist). */
  webRoot?: string;
  gatewayEnv?: Record<string, string>;
  /** Also the Demo v1 API (apps/demo-api, ACCEPTANCE), trusting the first gateway's JWKS: `demoApiUrl`. */
  demoApi?: boolean;
  /** Environment of the services (e.g. an SMTP server nobody answers). */
  serviceEnv?: Record<string, string>;
}

export class WebSystem {
  readonly system = new ProcessSystem({ inProcessGateway: false, serviceEnv: this.options.serviceEnv });
  readonly gateways: AppProcess[] = [];
  identityProvider: AppProcess | null = null;
  identityProviderUrl = '';
  /** Where each gateway answers, in the order of `gateways`. */
  readonly gatewayUrls: string[] = [];
  api!: ApiClient;
  demoApi: AppProcess | null = null;
  demoApiUrl = '';

  constructor(private readonly options: WebSystemOptions = {}) {}

  /** The first gateway: the address a browser opens. */
  get baseUrl(): string {
    return this.gatewayUrls[0];
  }

  async start(): Promise<void> {
    await this.system.start();
    const idpPort = await freePort();
    this.identityProviderUrl = `http://127.0.0.1:${idpPort}`;
    this.identityProvider = new AppProcess({
      name: 'dev-identity-provider',
      entry: join('apps', 'dev-identity-provider', 'src', 'main.ts'),
      env: {
        NODE_ENV: 'development',
        DEV_IDP_PORT: String(idpPort),
        DEV_IDP_ISSUER: this.identityProviderUrl,
        DEV_IDP_OPERATOR_LOGIN: 'true',
      },
      readyUrl: `${this.identityProviderUrl}/.well-known/openid-configuration`,
    });
    await this.identityProvider.start();
    // One development-token key for every gateway: a token from one verifies at the others.
    const devTokensSecret = randomBytes(32).toString('base64url');
    for (let index = 0; index < (this.options.gateways ?? 1); index += 1) {
      const port = await freePort();
      const metricsPort = await freePort();
      this.gatewayUrls.push(`http://127.0.0.1:${port}`);
      this.gateways.push(
        new AppProcess({
          name: `gateway ${index + 1}`,
          entry: join('apps', 'gateway', 'src', 'main.ts'),
          env: {
            NODE_ENV: 'development',
            PORT: String(port),
            HOST: '127.0.0.1',
            NATS_URL: this.system.nats.url,
            NATS_CREDENTIALS_FILE: this.system.nats.bus.credentialFiles.gateway,
            NATS_SUBJECT_PREFIX: this.system.subjectPrefix,
            LOG_LEVEL: process.env.CHAMAN_TEST_LOG_LEVEL ?? 'warn',
            DEV_TOKENS: 'true',
            DEV_TOKENS_SECRET: devTokensSecret,
            METRICS_PORT: String(metricsPort),
            OIDC_ISSUER_URL: this.identityProviderUrl,
            OIDC_CLIENT_ID: DEFAULT_CLIENT_ID,
            OIDC_CLIENT_SECRET: DEFAULT_CLIENT_SECRET,
            WEB_ROOT: this.options.webRoot ?? join(WORKSPACE_ROOT, 'apps', 'web', 'dist'),
            RATE_LIMIT_PER_MINUTE: '1000000',
            RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
            AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
            ...this.options.gatewayEnv,
          },
          readyUrl: `http://127.0.0.1:${port}/api/v1/health`,
        }),
      );
    }
    await Promise.all(this.gateways.map((gateway) => gateway.start()));
    this.api = new ApiClient(this.baseUrl);
    if (this.options.demoApi) await this.startDemoApi();
  }

  private async startDemoApi(): Promise<void> {
    const { issuer, jwks_uri: jwksUrl } = (await this.api.request('GET', OAUTH_PATHS.discovery)).body;
    const port = await freePort();
    this.demoApiUrl = `http://127.0.0.1:${port}`;
    this.demoApi = new AppProcess({
      name: 'demo-api',
      entry: join('apps', 'demo-api', 'src', 'main.ts'),
      env: { DEMO_API_PORT: String(port), JWKS_URL: jwksUrl, TOKEN_ISSUER: issuer, LOG_LEVEL: 'warn' },
      readyUrl: `${this.demoApiUrl}/health/live`,
    });
    await this.demoApi.start();
  }

  async restartGateway(index = 0): Promise<void> {
    await this.gateways[index].stop();
    await this.gateways[index].start();
  }

  async stop(): Promise<void> {
    await this.demoApi?.stop();
    await Promise.all(this.gateways.map((gateway) => gateway.stop()));
    await this.identityProvider?.stop();
    await this.system.stop();
  }
}

export function startWebSystem(options: WebSystemOptions = {}): Promise<WebSystem> {
  return started(new WebSystem(options));
}
