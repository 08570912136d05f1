import { DelegationStatus, Position, Quality, TECHNICAL_CHANNELS_PERMISSION } from '@chaman/contracts';
import { makeCertificate } from '@chaman/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { type ApiResponse, type RunningSystem, startSystem } from '../../src';
import { makeSshPublicKey } from '../../src/browser/ssh-keys';
import {
  API,
  buildWorld,
  CALLER_KINDS,
  type CallerKind,
  CONTACT,
  type FreshStatus,
  type Initiator,
  SCOPES,
  unregisteredEnterpriseNumber,
  type World,
} from '../../src/fixtures';

/** What a cell must answer: a status, and for a refusal the problem code. `twin: false` where the caller legitimately knows the resource. */
interface Outcome {
  status: number;
  code?: string;
  twin?: boolean;
}

/** The ids a route's path (and body) is filled with. */
interface Ids {
  cbe: string;
  userId: string;
  permission: string;
  senderNumber: string;
  accountId: string;
  certificateId: string;
  id: string;
  /** Body-only values a cell may need fresh. */
  quality: string;
  channel: { type: string; sshPublicKey?: string };
  restAccountId: string;
  pem: string;
  enterpriseNumber: string;
  webhookId: string;
  mailId: string;
  service: string;
  sequence: number;
  channelId: string;
  /** A verification link's token (43 base64url characters). */
  token: string;
}

interface Row {
  expect: Record<CallerKind, Outcome>;
  body?: (ids: Ids, world: World) => unknown;
  /** Fresh resources for the cells that change state, so that no cell depends on another. */
  prepare?: Partial<Record<CallerKind, (world: World) => Promise<Partial<Ids>>>>;
  /** The operator's desk: operators legitimately read every enterprise's data there. */
  operatorSeesAll?: boolean;
}

const ok = (status: number): Outcome => ({ status });
const no = (status: number, code: string, twin = true): Outcome => ({ status, code, twin });
const NO_TOKEN = no(401, 'noAccessToken');
const BAD_TOKEN = no(401, 'invalidAccessToken');
const NOT_FOUND = no(404, 'resourceNotFound');
const FORBIDDEN = no(403, 'missingPermission');
const NO_RIGHT = no(403, 'missingTechnicalChannelsRight');
/** A party of the delegation, refused by its role: it knows the delegation exists, so no twin comparison. */
const WRONG_PARTY = no(403, 'missingPermission', false);

type Authenticated = Exclude<CallerKind, 'anonymous' | 'garbageToken' | 'forgedToken' | 'expiredToken'>;
const REFUSED_TOKENS = {
  anonymous: NO_TOKEN,
  garbageToken: BAD_TOKEN,
  forgedToken: BAD_TOKEN,
  expiredToken: no(401, 'expiredAccessToken'),
};
const everyone = (outcome: Outcome): Record<CallerKind, Outcome> =>
  Object.fromEntries(CALLER_KINDS.map((kind) => [kind, outcome])) as Record<CallerKind, Outcome>;
const cells = (authenticated: Record<Authenticated, Outcome>): Record<CallerKind, Outcome> => ({ ...authenticated, ...REFUSED_TOKENS });
const allAuthenticated = (outcome: Outcome) => cells({ ...everyone(outcome) });
/** Routes of the channels right at the company's path: its right holders may, the rest of its people may not. */
const companyChannels = (allowed: Outcome) => ({
  otherEnterprise: NOT_FOUND,
  plainUser: NO_RIGHT,
  userWithRight: allowed,
  groupManager: allowed,
  accessManager: allowed,
  operator: FORBIDDEN,
});
/** Routes for the company's access managers alone. */
const accessManagers = (allowed: Outcome) => ({
  otherEnterprise: NOT_FOUND,
  plainUser: FORBIDDEN,
  userWithRight: FORBIDDEN,
  groupManager: FORBIDDEN,
  accessManager: allowed,
  operator: FORBIDDEN,
});
/** The operator's desk: platform operators alone, whatever else a caller is. */
const operatorsAlone = (allowed: Outcome) => cells({ ...everyone(FORBIDDEN), operator: allowed });
/** The three callers acting in their own enterprise with the company's ids. */
const atHome = (outcome: Outcome) => ({
  otherEnterpriseAtHome: outcome,
  intermediaryDelegated: outcome,
  intermediaryNotDelegated: outcome,
});

const RIGHT_HOLDERS = ['userWithRight', 'groupManager', 'accessManager'] as const;
const HOME_KINDS = ['otherEnterpriseAtHome', 'intermediaryDelegated', 'intermediaryNotDelegated'] as const;
const each = (kinds: readonly CallerKind[], make: (world: World, kind: CallerKind) => Promise<Partial<Ids>>) =>
  Object.fromEntries(kinds.map((kind) => [kind, (world: World) => make(world, kind)]));

const delegationBody = (ids: Ids, world: World) => ({
  companyEnterpriseNumber: world.company.cbe,
  companyQuality: Quality.CPAS,
  intermediaryEnterpriseNumber: world.intermediary.cbe,
  restAccountId: ids.restAccountId,
});

/** A transition route: right holders of the company act on a fresh delegation in the state the action needs, and so does the intermediary. */
function transition(
  company: Outcome,
  intermediary: Outcome,
  fresh: { company?: [Initiator, FreshStatus]; intermediary?: [Initiator, FreshStatus] },
): Row {
  const prepare: Row['prepare'] = {};
  const { company: forCompany, intermediary: forIntermediary } = fresh;
  if (forCompany)
    Object.assign(
      prepare,
      each(RIGHT_HOLDERS, async (world) => ({ id: await world.freshDelegation(...forCompany) })),
    );
  if (forIntermediary) prepare.intermediaryDelegated = async (world) => ({ id: await world.freshDelegation(...forIntermediary) });
  return {
    body: () => ({ reason: 'matrix' }),
    prepare,
    expect: cells({
      ...companyChannels(company),
      otherEnterpriseAtHome: NOT_FOUND,
      intermediaryDelegated: intermediary,
      intermediaryNotDelegated: NOT_FOUND,
    }),
  };
}

/**
 * The expected answer of every route to every kind of caller. A route of the OpenAPI document without a row
 * here fails the suite: a new route must say who may call it.
 */
const MATRIX: Record<string, Row> = {
  'GET /api/v1/health': { expect: everyone(ok(200)) },
  'GET /api/v1/health/live': { expect: everyone(ok(200)) },
  'POST /api/v1/dev/tokens': {
    expect: everyone(ok(201)),
    body: (ids) => ({ sub: `token-${ids.userId}`, name: 'Someone', email: 'someone@example.test' }),
  },
  'GET /api/v1/me': { expect: allAuthenticated(ok(200)) },
  'POST /api/v1/enterprises': {
    expect: cells({ ...everyone(FORBIDDEN), operator: ok(201) }),
    body: (ids, world) => ({
      enterpriseNumber: ids.enterpriseNumber,
      name: 'Registered by the matrix',
      qualities: [Quality.EMPLOYER],
      chiefAccessManager: { userId: world.person(`chief-${ids.enterpriseNumber}`).sub, name: 'Chief', email: 'chief@example.test' },
    }),
  },
  'GET /api/v1/enterprises/{cbe}': {
    expect: cells({
      otherEnterprise: NOT_FOUND,
      plainUser: ok(200),
      userWithRight: ok(200),
      groupManager: ok(200),
      accessManager: ok(200),
      operator: ok(200),
      ...atHome(ok(200)),
    }),
  },
  'GET /api/v1/enterprises/{cbe}/members': {
    expect: cells({
      otherEnterprise: NOT_FOUND,
      plainUser: FORBIDDEN,
      userWithRight: FORBIDDEN,
      groupManager: FORBIDDEN,
      accessManager: ok(200),
      operator: FORBIDDEN,
      ...atHome(ok(200)),
    }),
  },
  'PUT /api/v1/enterprises/{cbe}/members/{userId}': {
    body: (ids) => ({ position: Position.USER, name: `Member ${ids.userId}`, email: 'member@example.test' }),
    prepare: each(['accessManager', ...HOME_KINDS], async (world) => ({ userId: world.person(`appointed-${world.seed(0)}`).sub })),
    expect: cells({
      otherEnterprise: NOT_FOUND,
      plainUser: FORBIDDEN,
      userWithRight: FORBIDDEN,
      groupManager: FORBIDDEN,
      accessManager: ok(201),
      operator: FORBIDDEN,
      ...atHome(ok(201)),
    }),
  },
  'DELETE /api/v1/enterprises/{cbe}/members/{userId}': {
    prepare: { accessManager: async (world) => ({ userId: (await world.freshMember(Position.USER)).sub }) },
    // At home the victim is no member: removing a non-member is answered 204 as well.
    expect: cells({
      otherEnterprise: NOT_FOUND,
      plainUser: FORBIDDEN,
      userWithRight: FORBIDDEN,
      groupManager: FORBIDDEN,
      accessManager: ok(204),
      operator: FORBIDDEN,
      ...atHome(ok(204)),
    }),
  },
  'PUT /api/v1/enterprises/{cbe}/members/{userId}/permissions/{permission}': {
    prepare: each(['groupManager', 'accessManager'], async (world) => ({ userId: (await world.freshMember(Position.USER)).sub })),
    expect: cells({
      otherEnterprise: NOT_FOUND,
      plainUser: FORBIDDEN,
      userWithRight: FORBIDDEN,
      groupManager: ok(200),
      accessManager: ok(200),
      operator: FORBIDDEN,
      ...atHome(NOT_FOUND),
    }),
  },
  'DELETE /api/v1/enterprises/{cbe}/members/{userId}/permissions/{permission}': {
    prepare: each(['groupManager', 'accessManager'], async (world) => ({ userId: (await world.freshMember(Position.USER)).sub })),
    expect: cells({
      otherEnterprise: NOT_FOUND,
      plainUser: FORBIDDEN,
      userWithRight: FORBIDDEN,
      groupManager: ok(204),
      accessManager: ok(204),
      operator: FORBIDDEN,
      ...atHome(NOT_FOUND),
    }),
  },
  'POST /api/v1/enterprises/{cbe}/senders': {
    body: (ids) => ({ quality: ids.quality, contact: CONTACT }),
    prepare: each(RIGHT_HOLDERS, async (_world, kind) => ({
      quality: [Quality.EMPLOYER, Quality.SOCIAL_SECRETARIAT, Quality.SERVICE_PROVIDER][RIGHT_HOLDERS.indexOf(kind as never)],
    })),
    // At home they do not hold the quality asked for (PUBLIC_INSTITUTION).
    expect: cells({ ...companyChannels(ok(201)), ...atHome(no(409, 'qualityNotHeld')) }),
  },
  'GET /api/v1/enterprises/{cbe}/senders': { expect: cells({ ...companyChannels(ok(200)), ...atHome(ok(200)) }) },
  'GET /api/v1/enterprises/{cbe}/senders/{senderNumber}': { expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }) },
  'PUT /api/v1/enterprises/{cbe}/senders/{senderNumber}/contact': {
    body: () => CONTACT,
    expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }),
  },
  'GET /api/v1/enterprises/{cbe}/senders/{senderNumber}/contact-verification': {
    expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }),
  },
  // Authorised like replacing the contact: a new link each time (the contact never confirms here).
  'POST /api/v1/enterprises/{cbe}/senders/{senderNumber}/contact-verification': {
    expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }),
  },
  // Public: whoever holds a link confirms; a token nobody was sent is unknown to everyone alike.
  'POST /api/v1/contact-verifications/{token}': { expect: everyone(no(404, 'verificationTokenUnknown', false)) },
  'POST /api/v1/enterprises/{cbe}/senders/{senderNumber}/channels': {
    body: (ids) => ids.channel,
    prepare: each(RIGHT_HOLDERS, async (_world, kind) => ({
      channel: [{ type: 'FTP' }, { type: 'SOAP' }, { type: 'SFTP', sshPublicKey: SSH_PUBLIC_KEY }][RIGHT_HOLDERS.indexOf(kind as never)],
    })),
    expect: cells({ ...companyChannels(ok(201)), ...atHome(NOT_FOUND) }),
  },
  'GET /api/v1/enterprises/{cbe}/senders/{senderNumber}/channels': { expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }) },
  'POST /api/v1/enterprises/{cbe}/senders/{senderNumber}/rest-accounts': {
    body: () => ({ name: 'Matrix account', environment: 'ACCEPTANCE', scopes: SCOPES }),
    expect: cells({ ...companyChannels(ok(201)), ...atHome(NOT_FOUND) }),
  },
  'GET /api/v1/enterprises/{cbe}/senders/{senderNumber}/rest-accounts': {
    expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }),
  },
  'GET /api/v1/enterprises/{cbe}/senders/{senderNumber}/rest-accounts/{accountId}': {
    expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }),
  },
  'POST /api/v1/enterprises/{cbe}/rest-accounts/{accountId}/certificates': {
    body: (ids) => ({ name: 'Matrix certificate', pem: ids.pem }),
    prepare: each([...RIGHT_HOLDERS, 'intermediaryDelegated'], async () => ({ pem: (await makeCertificate()).pem })),
    expect: cells({
      ...companyChannels(ok(201)),
      otherEnterpriseAtHome: NOT_FOUND,
      intermediaryDelegated: ok(201),
      intermediaryNotDelegated: NOT_FOUND,
    }),
  },
  'GET /api/v1/enterprises/{cbe}/rest-accounts/{accountId}/certificates': {
    expect: cells({
      ...companyChannels(ok(200)),
      otherEnterpriseAtHome: NOT_FOUND,
      intermediaryDelegated: ok(200),
      intermediaryNotDelegated: NOT_FOUND,
    }),
  },
  'GET /api/v1/enterprises/{cbe}/rest-accounts/{accountId}/token-usage': {
    expect: cells({
      ...companyChannels(ok(200)),
      otherEnterpriseAtHome: NOT_FOUND,
      intermediaryDelegated: ok(200),
      intermediaryNotDelegated: NOT_FOUND,
    }),
  },
  'DELETE /api/v1/enterprises/{cbe}/rest-accounts/{accountId}/certificates/{certificateId}': {
    prepare: each(RIGHT_HOLDERS, async (world) => ({ certificateId: (await world.freshCertificate()).id })),
    // The delegated intermediary aims at the company's own certificate: not its to see, so not found.
    expect: cells({
      ...companyChannels(ok(204)),
      otherEnterpriseAtHome: NOT_FOUND,
      intermediaryDelegated: NOT_FOUND,
      intermediaryNotDelegated: NOT_FOUND,
    }),
  },
  'POST /api/v1/enterprises/{cbe}/delegations': {
    body: delegationBody,
    prepare: each([...RIGHT_HOLDERS, 'intermediaryDelegated'], async (world) => ({ restAccountId: await world.freshAccount() })),
    // `{cbe}` must be a party: the stranger and the other intermediary name the company and the delegated intermediary.
    expect: cells({
      ...companyChannels(ok(201)),
      otherEnterpriseAtHome: no(403, 'notADelegationParty'),
      intermediaryDelegated: ok(201),
      intermediaryNotDelegated: no(403, 'notADelegationParty'),
    }),
  },
  'GET /api/v1/enterprises/{cbe}/delegations': { expect: cells({ ...companyChannels(ok(200)), ...atHome(ok(200)) }) },
  'GET /api/v1/enterprises/{cbe}/delegations/{id}': {
    expect: cells({
      ...companyChannels(ok(200)),
      otherEnterpriseAtHome: NOT_FOUND,
      intermediaryDelegated: ok(200),
      intermediaryNotDelegated: NOT_FOUND,
    }),
  },
  'PATCH /api/v1/enterprises/{cbe}/delegations/{id}': {
    body: () => ({ scopes: [SCOPES[0]] }),
    prepare: each(RIGHT_HOLDERS, async (world) => ({ id: await world.freshDelegation('company', DelegationStatus.ACCEPTED) })),
    expect: cells({
      ...companyChannels(ok(200)),
      otherEnterpriseAtHome: NOT_FOUND,
      intermediaryDelegated: WRONG_PARTY,
      intermediaryNotDelegated: NOT_FOUND,
    }),
  },
  'POST /api/v1/enterprises/{cbe}/webhooks': {
    body: () => ({ url: MATRIX_WEBHOOK_URL }),
    expect: cells({ ...companyChannels(ok(201)), ...atHome(ok(201)) }),
  },
  'GET /api/v1/enterprises/{cbe}/webhooks': { expect: cells({ ...companyChannels(ok(200)), ...atHome(ok(200)) }) },
  'DELETE /api/v1/enterprises/{cbe}/webhooks/{webhookId}': {
    prepare: each(RIGHT_HOLDERS, async (world) => ({ webhookId: await world.freshWebhook(MATRIX_WEBHOOK_URL) })),
    expect: cells({ ...companyChannels(ok(204)), ...atHome(NOT_FOUND) }),
  },
  'GET /api/v1/enterprises/{cbe}/webhooks/{webhookId}/deliveries': { expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }) },
  'GET /api/v1/enterprises/{cbe}/audit': { expect: cells({ ...accessManagers(ok(200)), ...atHome(ok(200)) }) },
  'GET /api/v1/enterprises/{cbe}/audit.csv': { expect: cells({ ...accessManagers(ok(200)), ...atHome(ok(200)) }) },
  'GET /api/v1/admin/enterprises': { expect: operatorsAlone(ok(200)), operatorSeesAll: true },
  'GET /api/v1/admin/enterprises/{cbe}/members': { expect: operatorsAlone(ok(200)), operatorSeesAll: true },
  'GET /api/v1/admin/enterprises/{cbe}/senders': { expect: operatorsAlone(ok(200)), operatorSeesAll: true },
  'GET /api/v1/admin/parked-events/{service}': { expect: operatorsAlone(ok(200)), operatorSeesAll: true },
  'POST /api/v1/admin/parked-events/{service}/{sequence}/replay': { expect: operatorsAlone(no(404, 'resourceNotFound', false)) },
  'DELETE /api/v1/admin/parked-events/{service}/{sequence}': { expect: operatorsAlone(no(404, 'resourceNotFound', false)) },
  'GET /api/v1/admin/failing-webhooks': { expect: operatorsAlone(ok(200)), operatorSeesAll: true },
  'POST /api/v1/admin/failing-webhooks/{webhookId}/enable': {
    prepare: { operator: async (world) => ({ webhookId: await world.freshWebhook(MATRIX_WEBHOOK_URL) }) },
    expect: operatorsAlone(ok(200)),
    operatorSeesAll: true,
  },
  'GET /api/v1/admin/unsent-mails': { expect: operatorsAlone(ok(200)), operatorSeesAll: true },
  // The world's mails may all have gone: an id that is no unsent mail, which the operator is told.
  'POST /api/v1/admin/unsent-mails/{mailId}/resend': { expect: operatorsAlone(no(404, 'resourceNotFound', false)) },
  'POST /api/v1/enterprises/{cbe}/delegations/{id}/accept': transition(ok(200), ok(200), {
    company: ['intermediary', DelegationStatus.PENDING],
    intermediary: ['company', DelegationStatus.PENDING],
  }),
  'POST /api/v1/enterprises/{cbe}/delegations/{id}/refuse': transition(ok(200), ok(200), {
    company: ['intermediary', DelegationStatus.PENDING],
    intermediary: ['company', DelegationStatus.PENDING],
  }),
  'POST /api/v1/enterprises/{cbe}/delegations/{id}/relaunch': transition(ok(200), ok(200), {
    company: ['company', DelegationStatus.REFUSED],
    intermediary: ['intermediary', DelegationStatus.REFUSED],
  }),
  'POST /api/v1/enterprises/{cbe}/delegations/{id}/cancel': transition(ok(200), ok(200), {
    company: ['company', DelegationStatus.PENDING],
    intermediary: ['intermediary', DelegationStatus.PENDING],
  }),
  'POST /api/v1/enterprises/{cbe}/delegations/{id}/revoke': transition(ok(200), WRONG_PARTY, {
    company: ['company', DelegationStatus.ACCEPTED],
  }),
  'POST /api/v1/enterprises/{cbe}/delegations/{id}/renounce': transition(WRONG_PARTY, ok(200), {
    intermediary: ['company', DelegationStatus.ACCEPTED],
  }),
  // Endings (issue #22): authorised like creating what they end; each right holder ends a thing of its own.
  'POST /api/v1/enterprises/{cbe}/senders/{senderNumber}/close': {
    prepare: each(RIGHT_HOLDERS, async (world, kind) => ({
      senderNumber: await openSenderOf(
        world,
        [Quality.EMPLOYER, Quality.SOCIAL_SECRETARIAT, Quality.SERVICE_PROVIDER][RIGHT_HOLDERS.indexOf(kind as never)],
      ),
    })),
    expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }),
  },
  'POST /api/v1/enterprises/{cbe}/senders/{senderNumber}/rest-accounts/{accountId}/close': {
    prepare: each(RIGHT_HOLDERS, async (world) => ({ accountId: await world.freshAccount() })),
    expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }),
  },
  'DELETE /api/v1/enterprises/{cbe}/senders/{senderNumber}/channels/{channelId}': {
    prepare: {
      ...each(CALLER_KINDS, async (world) => ({ channelId: await channelOf(world, 'SFTP') })),
      ...each(RIGHT_HOLDERS, async (world, kind) => ({
        channelId: await channelOf(world, ['FTP', 'SOAP', 'REST'][RIGHT_HOLDERS.indexOf(kind as never)]),
      })),
    },
    expect: cells({ ...companyChannels(ok(204)), ...atHome(NOT_FOUND) }),
  },
  // The chief's own hand-over is in test/lifecycle/chief-hand-over.spec.ts; here the operator hands the role to the chief again (no change).
  'PUT /api/v1/enterprises/{cbe}/chief-access-manager': {
    body: (_ids, world) => ({ userId: world.company.chief.sub }),
    expect: cells({
      otherEnterprise: NOT_FOUND,
      plainUser: FORBIDDEN,
      userWithRight: FORBIDDEN,
      groupManager: FORBIDDEN,
      accessManager: FORBIDDEN,
      operator: ok(200),
      ...atHome(no(404, 'resourceNotFound', false)),
    }),
  },
  'PUT /api/v1/enterprises/{cbe}/senders/{senderNumber}/channels/{channelId}/ssh-public-key': {
    body: () => ({ sshPublicKey: makeSshPublicKey('matrix') }),
    prepare: each(CALLER_KINDS, async (world) => ({ channelId: await channelOf(world, 'SFTP') })),
    expect: cells({ ...companyChannels(ok(200)), ...atHome(NOT_FOUND) }),
  },
};

/** The company's open sender of `quality`, made if it has none. */
async function openSenderOf(world: World, quality: Quality): Promise<string> {
  const path = `/enterprises/${world.company.cbe}/senders`;
  const listed = await world.as(world.company.chief, 'GET', `${path}?limit=100`);
  const open = (listed.body.items as Array<{ quality: string; senderNumber: string; closedAt?: string }>).find(
    (sender) => sender.quality === quality && !sender.closedAt,
  );
  return open?.senderNumber ?? (await world.as(world.company.chief, 'POST', path, { quality, contact: CONTACT })).body.senderNumber;
}

/** The id of the world sender's channel of `type`, opened if missing (cells running side by side may race: the loser reads it). */
async function channelOf(world: World, type: string): Promise<string> {
  const path = `/enterprises/${world.company.cbe}/senders/${world.senderNumber}/channels`;
  const find = async () =>
    ((await world.as(world.company.chief, 'GET', `${path}?limit=100`)).body.items as Array<{ id: string; type: string }>).find(
      (channel) => channel.type === type,
    )?.id;
  const found = await find();
  if (found) return found;
  const opened = await world.as(
    world.company.chief,
    'POST',
    path,
    type === 'SFTP' ? { type, sshPublicKey: makeSshPublicKey('matrix') } : { type },
  );
  return opened.status === 201 ? opened.body.id : (await find())!;
}

/** Nobody listens there: the matrix checks who may manage webhooks, not their deliveries. */
const MATRIX_WEBHOOK_URL = 'http://127.0.0.1:9/matrix';

// Made with `ssh-keygen -t ed25519 -C ops@example.be`.
const SSH_PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN4LAtvhsPdW9bb+JwJOxzpTTC1SN5yK0AuVyZEYR0C8 ops@example.be';

/** Problem members a refusal may carry; anything else in a refusal would be data the caller was refused. */
const PROBLEM_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'code',
  'detail',
  'instance',
  'issues',
  'contacts',
  'permission',
  'capability',
  'heldQualities',
]);
/** Callers who reach the company's path from outside it: their "does not exist" twin changes the enterprise too. */
const OUTSIDERS = new Set<CallerKind>(['anonymous', 'garbageToken', 'forgedToken', 'expiredToken', 'otherEnterprise']);
/** Ids a caller legitimately knows (its delegation and the account it manages): a twin keeps them. */
const KNOWN: Partial<Record<CallerKind, Array<keyof Ids>>> = { intermediaryDelegated: ['accountId', 'id'] };
/** Path parameters a twin replaces by ids that exist nowhere. */
const MISSING: Partial<Record<keyof Ids, () => string>> = {
  userId: () => `nobody-${randomUUID()}`,
  senderNumber: () => '999999',
  accountId: randomUUID,
  certificateId: randomUUID,
  id: randomUUID,
  restAccountId: randomUUID,
  webhookId: randomUUID,
  mailId: randomUUID,
  channelId: randomUUID,
};

describe('authorisation matrix: every route of the OpenAPI document × every kind of caller', () => {
  let system: RunningSystem;
  let world: World;
  let routes: string[];
  let refusedPem: string;
  const figures = { cells: 0, twins: 0, serverErrors: 0, leaks: 0 };

  beforeAll(async () => {
    system = await startSystem();
    world = await buildWorld(system, 'matrix');
    refusedPem = (await makeCertificate({ commonName: 'refused.example.be' })).pem;
    const document = await system.api.request('GET', '/api/openapi.json');
    routes = Object.entries<Record<string, unknown>>(document.body.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
  });
  afterAll(async () => {
    console.log(
      `[faults] matrix-routes=${routes?.length ?? 0} matrix-cells=${figures.cells} matrix-twins=${figures.twins} 5xx=${figures.serverErrors} leaks=${figures.leaks}`,
    );
    await system?.stop();
  });

  it('has a row for every route of the OpenAPI document, and none for a route it lacks', () => {
    expect(routes.length).toBeGreaterThanOrEqual(32);
    expect(routes.filter((route) => !MATRIX[route])).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers each cell as the table says, and a refused caller learns nothing', async () => {
    const failures: string[] = [];
    // The cells of one route run side by side: each changes only resources made for it.
    for (const route of routes.filter((candidate) => MATRIX[candidate])) {
      const found = await Promise.all(CALLER_KINDS.map((kind) => checkCell(route, kind)));
      failures.push(...found.flat());
    }
    expect(failures).toEqual([]);
    expect(figures.serverErrors).toBe(0);
  }, 300_000);

  async function checkCell(route: string, kind: CallerKind): Promise<string[]> {
    const row = MATRIX[route];
    const [method, template] = route.split(' ');
    const expected = row.expect[kind];
    const ids: Ids = { ...defaultIds(world, kind), pem: refusedPem, ...(await row.prepare?.[kind]?.(world)) };
    const response = await send(world, kind, method, template, ids, row);
    const failures: string[] = [];
    const cell = `${route} as ${kind}`;
    figures.cells += 1;
    if (response.status >= 500) figures.serverErrors += 1;
    const mismatch = outcomeMismatch(response, expected);
    if (mismatch) failures.push(`${cell}: ${mismatch}`);
    const leak = row.operatorSeesAll && kind === 'operator' ? null : leakIn(response, world, kind, expected);
    if (leak) failures.push(`${cell}: LEAK ${leak}`);
    if (expected.status >= 400 && expected.twin !== false) {
      const twin = twinOf(ids, kind, template, JSON.stringify(row.body?.(ids, world) ?? {}));
      if (twin.changed.length) {
        figures.twins += 1;
        const missing = await send(world, kind, method, template, twin.ids, row);
        const [seen, unseen] = [normalized(response, ids, twin.changed), normalized(missing, twin.ids, twin.changed)];
        if (missing.status !== response.status || seen !== unseen) {
          failures.push(
            `${cell}: LEAK "exists but not yours" ${response.status} ${seen} differs from "does not exist" ${missing.status} ${unseen}`,
          );
        }
      }
    }
    figures.leaks += failures.filter((failure) => failure.includes(': LEAK ')).length;
    return failures;
  }

  it('refuses the expired token for its expiry, not for its signature', async () => {
    const response = await world.call('expiredToken', 'GET', `${API}/me`);
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ type: 'urn:problem-type:belgif:expiredAccessToken' });
  });
});

function defaultIds(world: World, kind: CallerKind): Ids {
  return {
    cbe: world.callers[kind].actingAs,
    userId: world.victim.sub,
    permission: TECHNICAL_CHANNELS_PERMISSION,
    senderNumber: world.senderNumber,
    accountId: world.account.id,
    certificateId: world.certificate.id,
    id: world.delegationId,
    quality: Quality.PUBLIC_INSTITUTION,
    channel: { type: 'FTP' },
    restAccountId: world.account.id,
    pem: '',
    enterpriseNumber: world.freshEnterpriseNumber(),
    webhookId: world.webhookId,
    mailId: randomUUID(),
    service: 'notification',
    // No parked event has this position: the operator is told so.
    sequence: 999_999_999,
    channelId: '',
    token: randomBytes(32).toString('base64url'),
  };
}

function send(world: World, kind: CallerKind, method: string, template: string, ids: Ids, row: Row): Promise<ApiResponse> {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(ids[name as keyof Ids])));
  return world.call(kind, method, path, { body: row.body?.(ids, world) });
}

function outcomeMismatch(response: ApiResponse, expected: Outcome): string | null {
  if (response.status !== expected.status)
    return `expected ${expected.status}${expected.code ? ` ${expected.code}` : ''}, got ${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
  if (!expected.code) return null;
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.startsWith('application/problem+json')) return `refusal with content-type ${contentType}`;
  const type = response.body?.type as string;
  if (!/^urn:problem-type:(belgif|chaman):/.test(type) || !type.endsWith(`:${expected.code}`) || response.body.status !== expected.status) {
    return `expected problem ${expected.code}, got ${JSON.stringify(response.body)}`;
  }
  return null;
}

/** Secrets the caller may never read, anywhere in any answer; and, in a refusal, any member beyond the problem's own. */
function leakIn(response: ApiResponse, world: World, kind: CallerKind, expected: Outcome): string | null {
  const { company, intermediary } = world.secrets;
  const forbidden =
    kind === 'userWithRight' || kind === 'groupManager' || kind === 'accessManager'
      ? intermediary
      : kind === 'intermediaryDelegated'
        ? company
        : [...company, ...intermediary];
  const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '');
  const seen = forbidden.find((secret) => secret && text.includes(secret));
  if (seen) return `answer contains ${seen}`;
  if (expected.status < 400 || typeof response.body !== 'object') return null;
  const extra = Object.keys(response.body).filter((member) => !PROBLEM_MEMBERS.has(member));
  return extra.length ? `refusal carries ${extra.join(', ')}` : null;
}

/** The same request aimed at resources that do not exist (and, for outsiders, an enterprise that does not exist). */
function twinOf(ids: Ids, kind: CallerKind, template: string, body: string): { ids: Ids; changed: Array<keyof Ids> } {
  const twin = { ...ids };
  const changed: Array<keyof Ids> = [];
  for (const [name, missing] of Object.entries(MISSING) as Array<[keyof Ids, () => string]>) {
    if ((!template.includes(`{${name}}`) && !body.includes(`"${name}"`)) || KNOWN[kind]?.includes(name)) continue;
    (twin as Record<string, unknown>)[name] = missing();
    changed.push(name);
  }
  if (OUTSIDERS.has(kind) && template.includes('{cbe}')) {
    twin.cbe = unregisteredEnterpriseNumber();
    changed.push('cbe');
  }
  return { ids: twin, changed };
}

/** The answer as text, without `instance`, with each id the request named replaced by its name. */
function normalized(response: ApiResponse, ids: Ids, names: Array<keyof Ids>): string {
  const body = typeof response.body === 'object' && response.body ? { ...response.body, instance: undefined } : response.body;
  let text = JSON.stringify(body) ?? '';
  for (const name of names) text = text.split(String(ids[name])).join(`<${name}>`);
  return text;
}
