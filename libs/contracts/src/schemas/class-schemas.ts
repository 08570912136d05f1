import type { ClassConstructor } from 'class-transformer';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';

// class-transformer keeps the nested types (`@Type`) in a storage its index does not export; its types live apart.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');

/** A JSON Schema as class-validator-jsonschema writes it, `$defs` or `#/components/schemas` for nested classes. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  [keyword: string]: unknown;
}

const options = (refPointerPrefix: string) =>
  ({ refPointerPrefix, classTransformerMetadataStorage: defaultMetadataStorage }) as Parameters<typeof validationMetadatasToSchemas>[0];

/** The schema of every contract class with validated members, by class name: the one source of the JSON Schemas and the OpenAPI document. */
export function classSchemas(refPointerPrefix: string): Record<string, JsonSchema> {
  return tidy(validationMetadatasToSchemas(options(refPointerPrefix))) as Record<string, JsonSchema>;
}

/** The schema of one class, members inherited from its parents included. */
export function classSchema(type: ClassConstructor<object>, refPointerPrefix: string): JsonSchema {
  return tidy(targetConstructorToSchema(type, options(refPointerPrefix))) as JsonSchema;
}

/**
 * What class-validator-jsonschema writes that standard tools refuse: a `$ref` to the JS `Array` constructor (the
 * items of a custom validator with `each`), `type` beside a `$ref`, and `oneOf` of string formats that overlap.
 */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, tidy(value)] as const);
  const schema: Record<string, unknown> = Object.fromEntries(entries);
  if (typeof schema.$ref === 'string' && /\/(Array|Object)$/.test(schema.$ref)) delete schema.$ref;
  if (typeof schema.$ref === 'string') delete schema.type;
  if (Array.isArray(schema.oneOf) && schema.oneOf.every((member) => (member as JsonSchema).type === 'string')) {
    schema.anyOf = schema.oneOf;
    delete schema.oneOf;
  }
  return schema;
}
