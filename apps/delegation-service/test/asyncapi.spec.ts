import { Parser } from '@asyncapi/parser';
import {
  AccessEvents,
  DelegationAction,
  DelegationEvents,
  DelegationParty,
  DelegationStatus,
  Quality,
  readDelegationEventData,
  SenderEvents,
  Streams,
} from '@chaman/contracts';
import { contractMessages, eventSchemaPath, messageSchemaPath } from '../../../libs/contracts/src/schemas/contract-schemas';
import { EventRecorder } from '@chaman/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { recordChange } from '../src/application/record-change';
import { Delegation } from '../src/persistence/delegation.entity';

/** The AsyncAPI document is the public face of the contracts: this test fails as soon as the two disagree. */
type Schema = {
  type?: string;
  enum?: string[];
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  const?: string;
  allOf?: Schema[];
};

const DOCUMENT_PATH = join(__dirname, '../../../docs/asyncapi.yaml');
const document = parse(readFileSync(DOCUMENT_PATH, 'utf8'));
const schemas: Record<string, Schema> = document.components.schemas;
const generated = validationMetadatasToSchemas() as Record<string, Schema>;

function resolve<T = Schema>(node: T & { $ref?: string }): T {
  if (!node.$ref) return node;
  const path = node.$ref.replace(/^#\//, '').split('/');
  return resolve(path.reduce((at: any, key) => at[key], document));
}

const EVENTS = Object.entries(DelegationEvents);

const addresses = () => Object.values<{ address: string }>(document.channels).map((channel) => channel.address);

describe('docs/asyncapi.yaml', () => {
  it('is a valid AsyncAPI 3 document for @asyncapi/parser, its external schemas resolved', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(readFileSync(DOCUMENT_PATH, 'utf8'), { source: DOCUMENT_PATH });
    expect(
      diagnostics
        .filter((diagnostic) => diagnostic.severity === 0)
        .map((diagnostic) => `${diagnostic.path.join('.')}: ${diagnostic.message}`),
    ).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
  });

  it('covers the three event streams of the contracts', () => {
    expect(document.asyncapi).toBe('3.0.0');
    const streams = [Streams.access, Streams.sender, Streams.delegation].map(({ name, subjects }) => ({ name, subjects }));
    expect(
      document.info['x-jetstream-streams'].map(({ name, subjects }: { name: string; subjects: string }) => ({ name, subjects })),
    ).toEqual(streams);
  });

  it('has one channel per event and per request/reply subject of the contracts, and no other', () => {
    const events = [...Object.values(AccessEvents), ...Object.values(SenderEvents), ...Object.values(DelegationEvents)].map(
      (event) => `{prefix}.${event.subject}`,
    );
    const requests = contractMessages().map((message) => `{prefix}.${message.subject}`);
    expect(addresses().sort()).toEqual([...events, ...requests].sort());
  });

  it.each([...Object.values(AccessEvents), ...Object.values(SenderEvents)])(
    'describes the data of $type by its published JSON Schema',
    (event) => {
      const channel = Object.values<any>(document.channels).find((candidate) => candidate.address === `{prefix}.${event.subject}`);
      const [message] = Object.values<any>(channel.messages).map((ref) => resolve(ref));
      const typed = message.payload.allOf[1];
      expect(typed.properties.type.const).toBe(event.type);
      expect(typed.properties.data.$ref).toBe(`../libs/contracts/schemas/${eventSchemaPath(event)}`);
    },
  );

  it.each(contractMessages().map((message) => [message.subject, message] as const))(
    'describes the request of %s by its published JSON Schema',
    (_, message) => {
      const channel = Object.values<any>(document.channels).find((candidate) => candidate.address === `{prefix}.${message.subject}`);
      const [described] = Object.values<any>(channel.messages).map((ref) => resolve(ref));
      expect(described.payload.$ref).toBe(`../libs/contracts/schemas/${messageSchemaPath(message)}`);
    },
  );

  it.each(EVENTS)('documents %s with its CloudEvent type and a receive operation', (_, event) => {
    const [channelKey, channel] = Object.entries<any>(document.channels).find(
      ([, candidate]) => candidate.address === `{prefix}.${event.subject}`,
    )!;
    const messages = Object.values<any>(channel.messages).map((message) => resolve(message));
    expect(messages).toHaveLength(1);
    const [envelope, typed] = messages[0].payload.allOf;
    expect(resolve(envelope)).toBe(schemas.DelegationCloudEvent);
    expect(typed.properties.type.const).toBe(event.type);

    const operations = Object.values<any>(document.operations).filter((operation) => resolve(operation.channel) === channel);
    expect(operations).toEqual([expect.objectContaining({ action: 'receive' })]);
    expect(channelKey).toBeTruthy();
  });

  it.each(['DelegationView', 'DelegationEventActor', 'DelegationEventPayload', 'DelegationRelaunchAllowance'])(
    'describes %s exactly like the contract class',
    (name) => {
      const documented = schemas[name];
      const contract = generated[name];
      expect(Object.keys(documented.properties!).sort()).toEqual(Object.keys(contract.properties!).sort());
      expect([...(documented.required ?? [])].sort()).toEqual([...(contract.required ?? [])].sort());
      for (const [property, schema] of Object.entries(contract.properties!)) {
        const described = resolve(documented.properties![property]);
        if (schema.enum) expect({ property, enum: described.enum }).toEqual({ property, enum: schema.enum });
        if (schema.type && !schema.$ref) expect({ property, type: described.type }).toEqual({ property, type: schema.type });
      }
    },
  );

  it('lists the enums of the contracts', () => {
    expect(schemas.DelegationStatus.enum).toEqual(Object.values(DelegationStatus));
    expect(schemas.DelegationParty.enum).toEqual(Object.values(DelegationParty));
    expect(schemas.Quality.enum).toEqual(Object.values(Quality));
  });

  it.each(EVENTS)('gives for %s an example that a consumer of the contracts accepts', (_, event) => {
    const message = Object.values<any>(document.components.messages).find(
      (candidate) => candidate.payload.allOf[1].properties.type.const === event.type,
    );
    expect(message.examples.length).toBeGreaterThan(0);
    for (const { payload } of message.examples) {
      expect(payload.type).toBe(event.type);
      expect(Object.keys(payload)).toEqual(expect.arrayContaining(schemas.DelegationCloudEvent.required!));
      expect(payload.subject).toBe(payload.data.delegation.id);
      expect(() => readDelegationEventData(payload.data)).not.toThrow();
      expect(Object.keys(payload.data.delegation).every((key) => key in schemas.DelegationView.properties!)).toBe(true);
    }
  });

  it('documents every member of an event as the service records it', () => {
    const recorded: Array<{ event: { data: Record<string, any> } }> = [];
    const em = { create: (_: unknown, row: object) => row, persist: (row: { event: { data: Record<string, any> } }) => recorded.push(row) };
    const delegation = Object.assign(new Delegation(), {
      id: '0195a3c1-7d4e-7a10-9c2b-4f1e2d3c4b5a',
      status: DelegationStatus.PENDING,
      initiatedBy: DelegationParty.INTERMEDIARY,
      companyEnterpriseNumber: '0123456749',
      companyQuality: Quality.CPAS,
      intermediaryEnterpriseNumber: '0403170701',
      restAccountId: '0195a3b0-1111-7222-8333-944455566677',
      scopes: ['dmfa:declaration:read'],
      createdAt: new Date(),
      updatedAt: new Date(),
      expiresAt: new Date(),
      endsOn: new Date(),
    });
    recordChange(em as unknown as EntityManager, new EventRecorder('/chaman/delegation-service'), delegation, {
      action: DelegationAction.CHANGE_SCOPES,
      fromStatus: DelegationStatus.PENDING,
      actor: { userId: 'someone', enterpriseNumber: '0123456749', party: DelegationParty.COMPANY },
      at: new Date(),
      reason: 'because',
      previousScopes: ['dmfa:declaration:write'],
      intermediaryRelaunches: { used: 1, limit: 20 },
    });
    const { data } = recorded.find((row) => row.event)!.event;
    // The free-text reason and the person's id stay in the v1 schema for the readers that know them, but never
    // leave the service (data minimisation, docs/security.md).
    const sent = (schema: string) =>
      Object.keys(schemas[schema].properties!)
        .filter((member) => !['reason', 'userId'].includes(member))
        .sort();
    expect(Object.keys(data).sort()).toEqual(sent('DelegationEventPayload'));
    expect(Object.keys(data.delegation).sort()).toEqual(sent('DelegationView'));
    expect(Object.keys(data.actor).sort()).toEqual(sent('DelegationEventActor'));
  });
});
