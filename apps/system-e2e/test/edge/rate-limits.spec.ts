import { type GatewayConfig, startGateway } from '@chaman/gateway';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import { type RunningSystem, startSystem } from '../../src';

/**
 * Rate limits behind an ingress: the client is the address a trusted proxy names (X-Forwarded-For from anyone
 * else is ignored), the public login has a tight budget of its own, and N replicas each allow 1/N of a limit, so
 * the deployment never allows more than the limit whichever replica a request reaches. Figures: the limits that
 * held and the requests counted.
 */
describe('gateway edge: rate limits behind an ingress', () => {
  let system: RunningSystem;
  const gateways: NestFastifyApplication[] = [];
  const figures = { requests: 0, refused: 0 };

  beforeAll(async () => {
    system = await startSystem({ services: [] });
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await system?.stop();
    console.log(`[security] rate-limits: requests=${figures.requests} refused=${figures.refused}`);
  });

  async function gateway(overrides: Partial<GatewayConfig>): Promise<string> {
    const app = await startGateway({ ...system.gatewayConfig(), rateLimitPerMinute: 1_000_000, ...overrides });
    gateways.push(app);
    return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }

  /** Statuses of `count` requests to `path` on behalf of `client` (a forwarded address, or none). */
  async function statuses(base: string, path: string, count: number, client?: string): Promise<number[]> {
    const answers: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const response = await fetch(`${base}${path}`, { headers: client ? { 'x-forwarded-for': client } : {}, redirect: 'manual' });
      await response.arrayBuffer();
      answers.push(response.status);
      figures.requests += 1;
      if (response.status === 429) figures.refused += 1;
    }
    return answers;
  }

  it('counts each client behind a trusted proxy on its own, and ignores X-Forwarded-For from anyone else', async () => {
    const behindIngress = await gateway({ rateLimitPerAddressPerMinute: 5, trustedProxies: ['127.0.0.1'] });
    expect(await statuses(behindIngress, '/api/v1/me', 6, '203.0.113.1')).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await statuses(behindIngress, '/api/v1/me', 1, '203.0.113.2')).toEqual([401]);

    const noProxyTrusted = await gateway({ rateLimitPerAddressPerMinute: 5 });
    await statuses(noProxyTrusted, '/api/v1/me', 5, '203.0.113.1');
    // A forged header buys no new budget where no proxy is trusted.
    expect(await statuses(noProxyTrusted, '/api/v1/me', 1, '203.0.113.99')).toEqual([429]);
  });

  it('gives the public login a tight budget of its own', async () => {
    const base = await gateway({ rateLimitPerAddressPerMinute: 100, authRateLimitPerMinute: 3 });
    const login = await statuses(base, '/auth/login', 4);
    expect(login.slice(0, 3)).not.toContain(429);
    expect(login[3]).toBe(429);
    expect(await statuses(base, '/api/v1/me', 1)).toEqual([401]);
  });

  it("gives the public confirmation of a contact's address the login's tight budget (a token tried per request)", async () => {
    const base = await gateway({ rateLimitPerAddressPerMinute: 100, authRateLimitPerMinute: 3 });
    const answers: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      const response = await fetch(`${base}/api/v1/contact-verifications/not-a-token-${index}`, { method: 'POST' });
      await response.arrayBuffer();
      answers.push(response.status);
    }
    expect(answers).toEqual([400, 400, 400, 429]);
    expect(await statuses(base, '/api/v1/me', 1)).toEqual([401]);
  });

  it('lets each of N replicas allow 1/N of the limit: the deployment never allows more than the limit', async () => {
    const replicas = [
      await gateway({ rateLimitPerAddressPerMinute: 10, replicas: 2 }),
      await gateway({ rateLimitPerAddressPerMinute: 10, replicas: 2 }),
    ];
    const answered = (await Promise.all(replicas.map((base) => statuses(base, '/api/v1/me', 8)))).flat();
    expect(answered.filter((status) => status !== 429)).toHaveLength(10);
  });

  it('serves the OpenAPI document but no Swagger UI (inline scripts on the session origin) where it is switched off, as in production', async () => {
    const base = await gateway({ swaggerUi: false });
    expect((await fetch(`${base}/api/docs`)).status).toBe(404);
    expect((await fetch(`${base}/api/openapi.json`)).status).toBe(200);
  });
});
