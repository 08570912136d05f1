import type { MessageDefinition } from '../bus/message';
import { CONTRACT_SCHEMAS_BASE_URI, type EventDefinition } from '../events/cloud-event';
import * as contracts from '../index';
import { classSchema, classSchemas, type JsonSchema } from './class-schemas';

export type { JsonSchema };

const DEFS = '#/$defs/';

/** Every request/reply message of the contracts (an exported object with a `subject` and a `request` class). */
export function contractMessages(): MessageDefinition<object, unknown>[] {
  return Object.values(contracts as Record<string, unknown>).filter(
    (value): value is MessageDefinition<object, unknown> =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as MessageDefinition<object, unknown>).subject === 'string' &&
      typeof (value as MessageDefinition<object, unknown>).request === 'function',
  );
}

/** Every event of the contracts (the members of the exported `…Events` tables). */
export function contractEvents(): EventDefinition<unknown>[] {
  return Object.entries(contracts as Record<string, unknown>).flatMap(([name, value]) =>
    name.endsWith('Events') ? Object.values(value as Record<string, EventDefinition<unknown>>) : [],
  );
}

/** Where a message's schema is published: `v<major>/messages/<service>.<resource>.<action>.json`. */
export function messageSchemaPath(message: MessageDefinition<object, unknown>): string {
  const [service, version, ...rest] = message.subject.split('.');
  return `${version}/messages/${[service, ...rest].join('.')}.json`;
}

/** Where an event's data schema is published; its CloudEvent `dataschema` is this path under the base URI. */
export function eventSchemaPath(event: EventDefinition<unknown>): string {
  return `v${event.version}/events/${event.service}.${event.name}.json`;
}

/** The JSON Schema of every message request and event `data`, by published path, generated from the contract classes. */
export function contractSchemas(): Record<string, JsonSchema> {
  const definitions = classSchemas(DEFS);
  const documents: Array<[string, string, new () => object]> = [
    ...contractMessages().map((message): [string, string, new () => object] => [
      messageSchemaPath(message),
      message.subject,
      message.request,
    ]),
    ...contractEvents().map((event): [string, string, new () => object] => [
      eventSchemaPath(event),
      event.type,
      event.dataClass as new () => object,
    ]),
  ];
  return Object.fromEntries(
    documents
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, title, type]) => {
        const root = classSchema(type, DEFS);
        const schema: JsonSchema = {
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          $id: `${CONTRACT_SCHEMAS_BASE_URI}/${path}`,
          title,
          ...root,
        };
        const $defs = closureOf(root, definitions);
        return [path, Object.keys($defs).length > 0 ? { ...schema, $defs } : schema];
      }),
  );
}

/** The definitions a schema reaches through `$ref`; a class without validated members (`NoInput`) is an empty object. */
function closureOf(root: JsonSchema, definitions: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const found: Record<string, JsonSchema> = {};
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const ref = (node as JsonSchema).$ref;
    if (typeof ref === 'string' && ref.startsWith(DEFS) && !(ref.slice(DEFS.length) in found)) {
      const name = ref.slice(DEFS.length);
      found[name] = definitions[name] ?? { type: 'object', properties: {} };
      visit(found[name]);
    }
    Object.values(node).forEach(visit);
  };
  visit(root);
  return Object.fromEntries(Object.entries(found).sort(([a], [b]) => a.localeCompare(b)));
}
