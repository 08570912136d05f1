import { type Quality } from '@chaman/contracts';
import { databaseUrl } from '@chaman/platform';
import { Client } from 'pg';
import type { ApiResponse, RunningSystem } from '../../src';
import { CONTACT, type RegisteredEnterprise } from '../sender/sender-fixtures';

export const SCOPES = ['dmfa:declaration:read', 'dmfa:declaration:write', 'dimona:write'];

/** The sender number of `party` acting as `quality`, the sender created on first use. */
export async function senderNumberOf(system: RunningSystem, party: RegisteredEnterprise, quality: Quality): Promise<string> {
  const senders = `/api/v1/enterprises/${party.cbe}/senders`;
  const listed = await system.api.as(party.chief, 'GET', senders);
  let sender = (listed.body.items as Array<{ quality: Quality; senderNumber: string }>).find((candidate) => candidate.quality === quality);
  if (!sender) {
    const created = await system.api.as(party.chief, 'POST', senders, { body: { quality, contact: CONTACT } });
    expectStatus(created, 201);
    sender = created.body;
  }
  return sender!.senderNumber;
}

/** A REST account of `company` acting as `quality` (its sender is created on first use). */
export async function restAccountOf(system: RunningSystem, company: RegisteredEnterprise, quality: Quality, name: string): Promise<string> {
  const account = await system.api.as(
    company.chief,
    'POST',
    `/api/v1/enterprises/${company.cbe}/senders/${await senderNumberOf(system, company, quality)}/rest-accounts`,
    {
      body: { name, environment: 'PRODUCTION', scopes: SCOPES },
    },
  );
  expectStatus(account, 201);
  return account.body.id;
}

/** Calls the delegation routes of `party`'s own enterprise, as its chief access manager. */
export function delegationsOf(system: RunningSystem, party: RegisteredEnterprise) {
  const base = `/api/v1/enterprises/${party.cbe}/delegations`;
  return {
    request: (body: object, headers?: Record<string, string>) => system.api.as(party.chief, 'POST', base, { body, headers }),
    act: (id: string, action: string, body?: object) => system.api.as(party.chief, 'POST', `${base}/${id}/${action}`, { body }),
    changeScopes: (id: string, scopes: string[]) => system.api.as(party.chief, 'PATCH', `${base}/${id}`, { body: { scopes } }),
    get: (id: string) => system.api.as(party.chief, 'GET', `${base}/${id}`),
    list: (query = '') => system.api.as(party.chief, 'GET', `${base}${query}`),
  };
}

/** Fails with the problem the API answered, which says more than a status mismatch. */
export function expectStatus(response: ApiResponse, status: number): void {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
}

/** The counter row itself, read from the delegation-service's database. */
export async function relaunchCounterRow(
  system: RunningSystem,
  intermediary: string,
  company: string,
  quality: Quality,
): Promise<{ used: number; company_has_refused: boolean } | undefined> {
  const client = new Client({
    connectionString: databaseUrl(system.scope.infrastructure.databaseUrl, system.scope.databaseName('delegation')),
  });
  await client.connect();
  try {
    const { rows } = await client.query(
      'select used, company_has_refused from relaunch_counter where intermediary_enterprise_number = $1 and company_enterprise_number = $2 and company_quality = $3',
      [intermediary, company, quality],
    );
    return rows[0];
  } finally {
    await client.end();
  }
}
