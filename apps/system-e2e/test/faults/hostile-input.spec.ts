import * as contracts from '@chaman/contracts';
import { classSchema, classSchemas, DelegationStatus, Position, prefixedSubject, Quality, validateRequest } from '@chaman/contracts';
import { makeCertificate } from '@chaman/testing';
import type { ClassConstructor } from 'class-transformer';
import fc from 'fast-check';
import { connect, type NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';
import { type ApiResponse, type RunningSystem, startSystem } from '../../src';
import { makeSshPublicKey } from '../../src/browser/ssh-keys';
import {
  type ApiDocument,
  API,
  buildWorld,
  callAs,
  type CallerKind,
  catalogueRequests,
  CONTACT,
  contractMessages,
  type HostileRequest,
  hostileRequests,
  type JsonSchema,
  hostileString,
  MALFORMED_ENVELOPES,
  malformedPayload,
  pathOf,
  readApiDocument,
  refusedTokens,
  SCOPES,
  storedRowCounts,
  visibleCounts,
  type World,
} from '../../src/fixtures';

/** Generated malformed requests per route (beyond its fixed catalogue) and payloads per bus subject: bounded, so the suite stays fast. */
const HTTP_RUNS = 20;
const BUS_RUNS = 12;
const FREE_TEXT_RUNS = 6;
const PUBLIC_ROUTES = new Set([
  'GET /api/v1/health',
  'GET /api/v1/health/live',
  'POST /api/v1/dev/tokens',
  'POST /api/v1/contact-verifications/{token}',
]);
const COMPONENTS = '#/components/schemas/';
const PROBLEM_TYPE = /^urn:problem-type:(belgif|chaman):[A-Za-z]+$/;

describe('hostile input: malformed requests on every route, malformed messages on every subject', () => {
  let system: RunningSystem;
  let world: World;
  let api: ApiDocument;
  let pem: string;
  let badAuthorizations: string[];
  let before: { rows: Record<string, number>; visible: Record<string, number> };
  const figures = { http: 0, freeText: 0, bus: 0, serverErrors: 0 };

  beforeAll(async () => {
    system = await startSystem();
    world = await buildWorld(system, 'hostile');
    api = await readApiDocument(system);
    pem = (await makeCertificate({ commonName: 'hostile.example.be' })).pem;
    badAuthorizations = await authorizationsToRefuse();
    before = { rows: await storedRowCounts(system), visible: await visibleCounts(world) };
  });
  afterAll(async () => {
    console.log(
      `[faults] hostile-inputs=${figures.http} hostile-free-text=${figures.freeText} bus-messages=${figures.bus} 5xx=${figures.serverErrors}`,
    );
    await system?.stop();
  });

  /** A valid body per body schema of the document: every malformed body is one breaking change away from it. */
  const validBodies = (): Record<string, unknown> => ({
    DevTokenRequest: { sub: 'hostile-base', name: 'Base', email: 'base@example.test' },
    RegisterEnterpriseBody: {
      enterpriseNumber: world.freshEnterpriseNumber(),
      name: 'Base',
      qualities: [Quality.EMPLOYER],
      chiefAccessManager: { userId: 'hostile-base-chief', name: 'Chief', email: 'chief@example.test' },
    },
    AppointMemberBody: { position: Position.USER, name: 'Base', email: 'base@example.test' },
    CreateSenderBody: { quality: Quality.EMPLOYER, contact: CONTACT },
    TechnicalContact: CONTACT,
    AddChannelBody: { type: 'FTP' },
    CreateRestAccountBody: { name: 'Base', environment: 'ACCEPTANCE', scopes: SCOPES },
    RegisterCertificateBody: { name: 'Base', pem },
    RequestDelegationBody: {
      companyEnterpriseNumber: world.company.cbe,
      companyQuality: Quality.CPAS,
      intermediaryEnterpriseNumber: world.intermediary.cbe,
      restAccountId: world.account.id,
    },
    ChangeDelegationScopesBody: { scopes: [SCOPES[0]] },
    DelegationReasonBody: { reason: 'base' },
    HandOverChiefBody: { userId: world.company.chief.sub },
    SshPublicKeyBody: { sshPublicKey: makeSshPublicKey('hostile-base') },
    WebhookRegistration: { url: 'http://127.0.0.1:9/hostile' },
  });

  const callerFor = (key: string): CallerKind =>
    key === 'POST /api/v1/enterprises' || / \/api\/v1\/admin\//.test(key)
      ? 'operator'
      : PUBLIC_ROUTES.has(key)
        ? 'anonymous'
        : 'accessManager';
  const pathValues = () => ({
    cbe: world.company.cbe,
    userId: world.victim.sub,
    permission: contracts.TECHNICAL_CHANNELS_PERMISSION,
    senderNumber: world.senderNumber,
    accountId: world.account.id,
    certificateId: world.certificate.id,
    id: world.delegationId,
    webhookId: world.webhookId,
    // The operator's desk: a mail and a parked event that do not exist.
    mailId: '00000000-0000-4000-8000-000000000000',
    service: 'notification',
    sequence: '999999999',
    channelId: '0195a3b0-0000-7000-8000-00000000c4a1',
    // A verification link nobody was mailed (32 bytes, base64url).
    token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  });

  it('starts every route from a body its contract accepts', () => {
    const bodies = validBodies();
    const schemasInUse = [...new Set(api.routes.flatMap((route) => (route.bodySchema ? [route.bodySchema] : [])))];
    expect(schemasInUse.filter((name) => !(name in bodies))).toEqual([]);
    for (const name of schemasInUse) {
      const contract = (contracts as Record<string, unknown>)[name];
      if (typeof contract === 'function')
        expect(() => validateRequest(contract as ClassConstructor<object>, bodies[name], 'body')).not.toThrow();
    }
  });

  it('answers every malformed request with a 4xx problem, on every route of the OpenAPI document', async () => {
    expect(api.routes.length).toBeGreaterThanOrEqual(32);
    for (const route of api.routes) {
      const target = {
        route,
        params: pathValues(),
        validBody: route.bodySchema ? validBodies()[route.bodySchema] : undefined,
        schemas: api.schemas,
        isPublic: PUBLIC_ROUTES.has(route.key),
        badAuthorizations,
      };
      const catalogue = catalogueRequests(target);
      await fc.assert(
        fc.asyncProperty(hostileRequests(target), async (request) => {
          const response = await send(callerFor(route.key), route.method, request);
          figures.http += 1;
          const fault = faultIn(response, request.breaking);
          if (fault) throw new Error(`${route.key} ${request.why}: ${fault}`);
        }),
        // fast-check counts the examples among the runs: the catalogue comes on top of the random exploration.
        { numRuns: catalogue.length + HTTP_RUNS, examples: catalogue.map((request) => [request]) },
      );
    }
  });

  it('answers every malformed message on every contract subject with a 400 problem reply', async () => {
    const messages = contractMessages();
    // A message's schema comes from its contract class (an envelope's members are inherited, so the HTTP document has none).
    const messageSchemas = classSchemas(COMPONENTS) as Record<string, JsonSchema>;
    expect(messages.length).toBeGreaterThanOrEqual(20);
    const nats = await connect({ servers: system.scope.infrastructure.natsUrl });
    try {
      for (const { name, message } of messages) {
        const subject = prefixedSubject(system.scope.subjectPrefix, message.subject);
        await fc.assert(
          fc.asyncProperty(
            malformedPayload(classSchema(message.request, COMPONENTS) as JsonSchema, messageSchemas),
            async ({ why, payload }) => {
              const fault = await busFault(nats, subject, JSON.stringify({ pattern: message.subject, data: payload, id: randomUUID() }));
              if (fault) throw new Error(`${name} (${message.subject}) ${why}: ${fault}`);
            },
          ),
          { numRuns: BUS_RUNS },
        );
        for (const raw of MALFORMED_ENVELOPES) {
          const fault = await busFault(nats, subject, raw);
          if (fault) throw new Error(`${name} (${message.subject}) envelope ${JSON.stringify(raw)}: ${fault}`);
        }
      }
    } finally {
      await nats.close();
    }
  });

  it('stored nothing, polluted nothing, and every service is still up', async () => {
    expect(await storedRowCounts(system)).toEqual(before.rows);
    expect(await visibleCounts(world)).toEqual(before.visible);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await system.api.request('GET', `${API}/health`)).status).toBe(200);
  });

  it('stores hostile but valid free text verbatim, or refuses it with a 4xx problem; never a 5xx', async () => {
    const { company } = world;
    const cases: Array<{
      route: string;
      as: CallerKind;
      request: (text: string) => Promise<{ params?: Record<string, string>; body: unknown }>;
      stored?: (response: ApiResponse) => unknown;
    }> = [
      {
        route: 'POST /api/v1/enterprises/{cbe}/senders/{senderNumber}/rest-accounts',
        as: 'accessManager',
        request: async (text) => ({ body: { name: text, environment: 'ACCEPTANCE', scopes: SCOPES } }),
        stored: (response) => response.body.name,
      },
      {
        route: 'PUT /api/v1/enterprises/{cbe}/senders/{senderNumber}/contact',
        as: 'accessManager',
        request: async (text) => ({ body: { ...CONTACT, firstName: text } }),
        stored: (response) => response.body.contact.firstName,
      },
      {
        route: 'PUT /api/v1/enterprises/{cbe}/members/{userId}',
        as: 'accessManager',
        request: async (text) => ({
          params: { userId: `${encodable(text) ? text : 'member'}-${world.seed(0)}` },
          body: { position: Position.USER, name: text, email: 'member@example.test' },
        }),
        stored: (response) => response.body.name,
      },
      {
        route: 'POST /api/v1/enterprises',
        as: 'operator',
        request: async (text) => ({
          body: {
            enterpriseNumber: world.freshEnterpriseNumber(),
            name: text,
            qualities: [Quality.EMPLOYER],
            chiefAccessManager: { userId: `${text}-${world.seed(0)}`, name: text, email: 'chief@example.test' },
          },
        }),
        stored: (response) => response.body.name,
      },
      {
        route: 'POST /api/v1/enterprises/{cbe}/rest-accounts/{accountId}/certificates',
        as: 'accessManager',
        request: async (text) => ({ body: { name: text, pem: (await makeCertificate()).pem } }),
        stored: (response) => response.body.name,
      },
      {
        route: 'POST /api/v1/enterprises/{cbe}/delegations/{id}/refuse',
        as: 'accessManager',
        request: async (text) => ({
          params: { id: await world.freshDelegation('intermediary', DelegationStatus.PENDING) },
          body: { reason: text },
        }),
      },
      {
        route: 'POST /api/v1/dev/tokens',
        as: 'anonymous',
        request: async (text) => ({ body: { sub: text, name: text, email: 'someone@example.test' } }),
      },
    ];
    for (const { route, as, request, stored } of cases) {
      const [method, template] = route.split(' ');
      expect(api.routes.map((known) => known.key)).toContain(route);
      await fc.assert(
        fc.asyncProperty(hostileString, async (text) => {
          const { params, body } = await request(text);
          const values = { ...pathValues(), cbe: company.cbe, ...params };
          const response = await send(as, method, { why: 'free text', breaking: false, path: pathOf(template, values), body });
          figures.freeText += 1;
          const fault = faultIn(response, false);
          if (fault) throw new Error(`${route} with ${JSON.stringify(text)}: ${fault}`);
          // Verbatim, save the surrounding white space the sender-service trims from names.
          if (response.status < 300 && stored && ![text, text.trim()].includes(stored(response) as string)) {
            throw new Error(`${route} stored ${JSON.stringify(stored(response))} for ${JSON.stringify(text)}`);
          }
        }),
        { numRuns: FREE_TEXT_RUNS },
      );
    }
    expect((await system.api.request('GET', `${API}/health`)).status).toBe(200);
  });

  async function send(kind: CallerKind, method: string, request: HostileRequest): Promise<ApiResponse> {
    const caller = request.anonymous ? world.callers.anonymous : world.callers[kind];
    const response = await callAs(system, caller, method, request.path, {
      body: request.body,
      rawBody: request.rawBody,
      headers: request.headers,
    });
    if (response.status >= 500) figures.serverErrors += 1;
    return response;
  }

  async function busFault(nats: NatsConnection, subject: string, data: string): Promise<string | null> {
    figures.bus += 1;
    let text: string;
    try {
      text = new TextDecoder().decode((await nats.request(subject, new TextEncoder().encode(data), { timeout: 3_000 })).data);
    } catch (error) {
      return `no reply (${(error as Error).message})`;
    }
    const reply = JSON.parse(text) as { err?: { status?: number; type?: string }; response?: unknown };
    if (reply.err?.status !== 400 || reply.err.type !== 'urn:problem-type:belgif:badRequest' || reply.response !== undefined) {
      if ((reply.err?.status ?? 0) >= 500) figures.serverErrors += 1;
      return `replied ${text.slice(0, 300)}`;
    }
    return null;
  }

  /** Authorization headers the gateway must answer with a 401 problem. */
  async function authorizationsToRefuse(): Promise<string[]> {
    const tokens = await refusedTokens(system, 'operator-1');
    const valid = await system.api.tokenFor(world.company.chief);
    const [header, , signature] = valid.split('.');
    const escalated = Buffer.from(
      JSON.stringify({ sub: 'operator-1', roles: ['chaman-admin'], iss: 'urn:chaman:dev-issuer', aud: 'chaman', exp: 9_999_999_999 }),
    ).toString('base64url');
    const hs256 = `${Buffer.from('{"alg":"HS256","kid":"dev"}').toString('base64url')}.${escalated}.${signature}`;
    return [
      'Bearer',
      'Bearer ',
      'Basic dXNlcjpwYXNzd29yZA==',
      `bearer ${valid}`,
      'Bearer a.b.c',
      `Bearer ${'A'.repeat(6_000)}`,
      `Bearer ${tokens.garbage}`,
      `Bearer ${tokens.forged}`,
      `Bearer ${tokens.expired}`,
      `Bearer ${header}.${escalated}.${signature}`,
      `Bearer ${hs256}`,
      `Bearer ${valid} ${valid}`,
    ];
  }
});

function encodable(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

function faultIn(response: ApiResponse, breaking: boolean): string | null {
  const said = `${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
  if (response.status >= 500) return `server error ${said}`;
  if (response.status < 400) return breaking ? `accepted: ${said}` : null;
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.startsWith('application/problem+json')) return `refused without problem+json (${contentType}): ${said}`;
  if (!PROBLEM_TYPE.test(response.body?.type) || response.body.status !== response.status || typeof response.body.title !== 'string')
    return `malformed problem ${said}`;
  return null;
}
