import { Quality } from '@chaman/contracts';
import { notificationSettingsFromEnv, type NotificationSettings } from '@chaman/notification-service';
import { databaseUrl } from '@chaman/platform';
import { MailCatcher, ManualClock } from '@chaman/testing';
import { Client } from 'pg';
import { type ApiResponse, OPERATOR, type Person, type RunningSystem, startSystem } from '../../src';
import { enterpriseNumberFrom } from '../../src/fixtures/enterprise-numbers';

export const API = '/api/v1';

export interface Party {
  cbe: string;
  name: string;
  chief: Person;
  senderNumber?: string;
}

export interface Contact {
  firstName: string;
  lastName: string;
  email: string;
  language: 'fr' | 'nl' | 'de' | 'en';
}

/** The whole system with the notification-service mailing a real SMTP server of the test's, on a hand-moved clock. */
export async function startMailingSystem(overrides: Partial<NotificationSettings> = {}) {
  const catcher = await new MailCatcher().start();
  const clock = new ManualClock();
  const settings: NotificationSettings = {
    ...notificationSettingsFromEnv({}),
    smtpUrl: catcher.url,
    noticeSweepMs: 0,
    retentionSweepMs: 0,
    dispatchPollMs: 100,
    clock,
    ...overrides,
  };
  const system = await startSystem({ notificationSettings: settings });
  return { system, catcher, clock, settings };
}

export function expectStatus(response: ApiResponse, status: number): ApiResponse {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  return response;
}

let seed = Math.floor(Math.random() * 1_000_000);

/** Registers an enterprise with its chief access manager, as the platform operator. */
export async function registerParty(system: RunningSystem, role: string, qualities: Quality[]): Promise<Party> {
  seed += 1;
  const tag = `${role.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${seed}`;
  const party: Party = {
    cbe: enterpriseNumberFrom(seed),
    name: `${role} ${seed}`,
    chief: { sub: `${tag}-chief`, name: `Chief of ${tag}`, email: `${tag}-chief@example.test` },
  };
  expectStatus(
    await system.api.as(OPERATOR, 'POST', `${API}/enterprises`, {
      body: {
        enterpriseNumber: party.cbe,
        name: party.name,
        qualities,
        chiefAccessManager: { userId: party.chief.sub, name: party.chief.name, email: party.chief.email },
      },
    }),
    201,
  );
  return party;
}

export async function createSender(system: RunningSystem, party: Party, quality: Quality, contact: Contact): Promise<string> {
  const created = expectStatus(
    await system.api.as(party.chief, 'POST', `${API}/enterprises/${party.cbe}/senders`, { body: { quality, contact } }),
    201,
  );
  party.senderNumber = created.body.senderNumber;
  return created.body.senderNumber;
}

/** The token of the latest verification link mailed to `address` (waits for the first one). */
export async function verificationTokenFor(catcher: MailCatcher, address: string, count = 1): Promise<string> {
  const links = () => catcher.to(address).flatMap((mail) => [...mail.text.matchAll(/\/contact-verification\/([A-Za-z0-9_-]{43})/g)]);
  await catcher.waitFor(() => links().length >= count);
  return links().at(-1)![1];
}

/** The person behind `address` clicks the link mailed to it (no account): mail to them is no longer held. */
export async function confirmContact(system: Pick<RunningSystem, 'api'>, catcher: MailCatcher, address: string): Promise<ApiResponse> {
  const token = await verificationTokenFor(catcher, address);
  return expectStatus(await system.api.request('POST', `${API}/contact-verifications/${token}`), 200);
}

export async function createRestAccount(system: RunningSystem, party: Party, name: string): Promise<string> {
  const created = expectStatus(
    await system.api.as(party.chief, 'POST', `${API}/enterprises/${party.cbe}/senders/${party.senderNumber}/rest-accounts`, {
      body: { name, environment: 'PRODUCTION', scopes: ['dmfa:declaration:read'] },
    }),
    201,
  );
  return created.body.id;
}

export async function requestDelegation(
  system: RunningSystem,
  by: Party,
  company: Party,
  intermediary: Party,
  restAccountId: string,
): Promise<string> {
  const created = expectStatus(
    await system.api.as(by.chief, 'POST', `${API}/enterprises/${by.cbe}/delegations`, {
      body: {
        companyEnterpriseNumber: company.cbe,
        companyQuality: Quality.CPAS,
        intermediaryEnterpriseNumber: intermediary.cbe,
        restAccountId,
      },
    }),
    201,
  );
  return created.body.id;
}

export async function actOnDelegation(
  system: RunningSystem,
  party: Party,
  id: string,
  action: string,
  body?: object,
): Promise<ApiResponse> {
  return expectStatus(
    await system.api.as(party.chief, 'POST', `${API}/enterprises/${party.cbe}/delegations/${id}/${action}`, { body: body ?? {} }),
    200,
  );
}

/** Rows of the notification-service's own database. */
export async function notificationRows<Row = Record<string, unknown>>(
  system: RunningSystem,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new Client({
    connectionString: databaseUrl(system.scope.infrastructure.databaseUrl, system.scope.databaseName('notification')),
  });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}
