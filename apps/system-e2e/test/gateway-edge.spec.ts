import { AccessEvents, Streams } from '@chaman/contracts';
import { EventProbe } from '@chaman/testing';
import { OPERATOR, startSystem, type RunningSystem } from '../src';
import { pollUntil } from '../src/processes/poll-until';

describe('gateway edge: problems for what never reaches a service', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(() => system?.stop());

  it('answers health UP when NATS and the services answer, with the details for an operator only', async () => {
    const response = await system.api.request('GET', '/api/v1/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'UP' });
    const detailed = await system.api.as(OPERATOR, 'GET', '/api/v1/health');
    expect(detailed.body).toMatchObject({
      status: 'UP',
      details: { nats: { status: 'UP' }, access: { status: 'UP' }, sender: { status: 'UP' } },
    });
  });

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const document = await system.api.request('GET', '/api/openapi.json');
    expect(document.status).toBe(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toContain('/api/v1/health');
    const ui = await system.api.request('GET', '/api/docs');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
  });

  it('serves Prometheus metrics on a port of its own, never on the public one', async () => {
    expect(await system.api.metrics()).toContain('chaman_handler_duration_seconds');
    const publicPort = await system.api.request('GET', '/metrics');
    expect(publicPort.status).toBe(404);
    expect(publicPort.body.type).toBe('urn:problem-type:belgif:resourceNotFound');
    const document = await system.api.request('GET', '/api/openapi.json');
    expect(Object.keys(document.body.paths)).not.toContain('/metrics');
  });

  it('refuses a missing token with noAccessToken and a bad one with invalidAccessToken', async () => {
    const missing = await system.api.request('GET', '/api/v1/me');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body.type).toBe('urn:problem-type:belgif:noAccessToken');

    const bad = await system.api.request('GET', '/api/v1/me', { token: 'eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl' });
    expect(bad.status).toBe(401);
    expect(bad.body.type).toBe('urn:problem-type:belgif:invalidAccessToken');
  });

  it('answers an unknown route with resourceNotFound', async () => {
    const token = await system.api.tokenFor({ sub: 'someone' });
    const response = await system.api.request('GET', '/api/v1/no-such-thing', { token });
    expect(response.status).toBe(404);
    expect(response.body.type).toBe('urn:problem-type:belgif:resourceNotFound');
  });

  it('answers malformed JSON with badRequest and an issue on the body', async () => {
    const response = await system.api.request('POST', '/api/v1/dev/tokens', { rawBody: '{"sub": "x",' });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:problem-type:belgif:badRequest');
    expect(response.body.issues).toEqual([expect.objectContaining({ in: 'body' })]);
  });

  it('answers invalid input with one issue per invalid field', async () => {
    const response = await system.api.request('POST', '/api/v1/dev/tokens', { body: { sub: '', email: 'not-an-email', extra: 1 } });
    expect(response.status).toBe(400);
    const names = response.body.issues.map((issue: { name: string }) => issue.name).sort();
    expect(names).toEqual(['email', 'extra', 'name', 'sub']);
  });

  it('answers an oversized body with payloadTooLarge and a wrong content type with unsupportedMediaType', async () => {
    const huge = await system.api.request('POST', '/api/v1/dev/tokens', { body: { sub: 'x'.repeat(200_000) } });
    expect(huge.status).toBe(413);
    expect(huge.body.type).toBe('urn:problem-type:belgif:payloadTooLarge');
    const xml = await system.api.request('POST', '/api/v1/dev/tokens', { rawBody: '<a/>', headers: { 'content-type': 'application/xml' } });
    expect(xml.status).toBe(415);
  });

  it('carries its own trace id through NATS into the service, onto the event the request caused', async () => {
    const probe = await new EventProbe(system.scope.infrastructure.natsUrl, system.scope.subjectPrefix, Streams.access).start();
    try {
      const created = await system.api.as(OPERATOR, 'POST', '/api/v1/enterprises', {
        body: {
          enterpriseNumber: '0403170701',
          name: 'Traced',
          qualities: ['CPAS'],
          chiefAccessManager: { userId: 'chief-traced', name: 'Chief', email: 'chief@traced.example' },
        },
      });
      expect(created.status).toBe(201);
      const traceId = created.headers.get('belgov-trace-id');
      const [event] = await probe.waitFor((events) => events.some((e) => e.type === AccessEvents.enterpriseRegistered.type));
      expect(event).toMatchObject({ subject: '0403170701', correlationid: traceId, specversion: '1.0' });
    } finally {
      await probe.stop();
    }
  });

  it('answers 503 (not a hang) while a service is down, and recovers when it returns', async () => {
    await system.stopService('sender');
    const down = await system.api.request('GET', '/api/v1/health');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'DOWN' });
    expect((await system.api.as(OPERATOR, 'GET', '/api/v1/health')).body).toMatchObject({
      status: 'DOWN',
      details: { sender: { status: 'DOWN' } },
    });
    // The replica's own probe stays green: one service down must not take every gateway out of rotation.
    expect((await system.api.request('GET', '/api/v1/health/live')).status).toBe(200);
    await system.startService('sender');
    // The public check reuses its answer for HEALTH_CACHE_MS (250 ms): UP again within that bound.
    await pollUntil(async () => (await system.api.request('GET', '/api/v1/health')).status === 200, {
      what: 'health UP again',
      timeoutMs: 2_000,
      intervalMs: 50,
    });
  });
});

describe('gateway edge: abuse limits', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    // No service: a request that passes authentication and its limit answers 503, one refused before answers 401/429.
    system = await startSystem({ services: [], gatewayOverrides: { rateLimitPerMinute: 3, rateLimitPerAddressPerMinute: 40 } });
  });
  afterAll(() => system?.stop());

  it('sends security headers', async () => {
    const response = await system.api.request('GET', '/api/openapi.json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('limits each verified person, with a tooManyRequests problem, without touching other people', async () => {
    const alice = await system.api.tokenFor({ sub: 'alice' });
    const bob = await system.api.tokenFor({ sub: 'bob' });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await system.api.request('GET', '/api/v1/me', { token: alice })).status);
    expect(statuses).not.toContain(429);
    const limited = await system.api.request('GET', '/api/v1/me', { token: alice });
    expect(limited.status).toBe(429);
    expect(limited.body.type).toBe('urn:problem-type:belgif:tooManyRequests');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // A second token of the same person shares the person's budget: the limit follows the verified subject.
    const aliceAgain = await system.api.request('POST', '/api/v1/dev/tokens', {
      body: { sub: 'alice', name: 'Alice', email: 'alice@example.test' },
    });
    expect((await system.api.request('GET', '/api/v1/me', { token: aliceAgain.body.accessToken })).status).toBe(429);
    expect((await system.api.request('GET', '/api/v1/me', { token: bob })).status).not.toBe(429);
  });
});

describe('gateway edge: per-address limit before authentication', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem({ services: [], gatewayOverrides: { rateLimitPerMinute: 1_000, rateLimitPerAddressPerMinute: 20 } });
  });
  afterAll(() => system?.stop());

  it('makes random bearer strings hit the per-address limit: each new string buys no new budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      statuses.push(
        (await system.api.request('GET', '/api/v1/me', { token: `random.${i}.${Math.random().toString(36).slice(2)}` })).status,
      );
    }
    console.log(
      `[edge] 25 random bearer strings from one address: ${statuses.filter((status) => status === 401).length} × 401 then ${statuses.filter((status) => status === 429).length} × 429`,
    );
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true);
  });
});
