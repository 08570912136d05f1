import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { breakingChanges } from './breaking-changes';
import { contractSchemas, type JsonSchema } from './contract-schemas';

/**
 * The committed JSON Schemas (libs/contracts/schemas/) are the released contracts. A change that breaks one fails
 * here unless it comes as a new major version beside the old; an additive change is recorded with
 * `npm run contracts:snapshot` (which refuses to record a breaking one).
 */
const ROOT = join(__dirname, '../../schemas');
const UPDATE = process.env.CONTRACTS_SNAPSHOT === 'update';

function committedSchemas(): Record<string, JsonSchema> {
  const files = (readdirSync(ROOT, { recursive: true }) as string[]).filter((file) => file.endsWith('.json'));
  return Object.fromEntries(
    files.map((file) => [relative(ROOT, join(ROOT, file)).split('\\').join('/'), JSON.parse(readFileSync(join(ROOT, file), 'utf8'))]),
  );
}

const text = (schema: JsonSchema) => `${JSON.stringify(schema, null, 2)}\n`;

describe('released contracts (libs/contracts/schemas)', () => {
  const generated = contractSchemas();
  const committed = committedSchemas();

  it('breaks no released message or event within its major version', () => {
    const faults = Object.entries(committed).flatMap(([path, released]) =>
      generated[path]
        ? breakingChanges(released, generated[path]).map((fault) => `${path} ${fault}`)
        : [`${path}: no contract produces it any more (removed, renamed or moved to another version)`],
    );
    expect(faults).toEqual([]);
  });

  if (UPDATE) {
    it('records the additive changes (npm run contracts:snapshot)', () => {
      for (const [path, schema] of Object.entries(generated)) {
        mkdirSync(dirname(join(ROOT, path)), { recursive: true });
        writeFileSync(join(ROOT, path), text(schema));
      }
    });
  } else {
    it('has every additive change recorded: run `npm run contracts:snapshot` after changing a contract', () => {
      const unrecorded = Object.entries(generated)
        .filter(([path, schema]) => !committed[path] || text(committed[path]) !== text(schema))
        .map(([path]) => path);
      expect(unrecorded).toEqual([]);
    });
  }
});

describe('what counts as breaking', () => {
  const released: JsonSchema = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      kind: { type: 'string', enum: ['A', 'B'] },
      note: { type: 'string' },
      tags: { type: 'array', items: { $ref: '#/$defs/Tag' } },
    },
    required: ['name'],
    $defs: { Tag: { type: 'object', properties: { label: { type: 'string' } }, required: ['label'] } },
  };
  const changed = (change: (schema: JsonSchema) => void): JsonSchema => {
    const schema = structuredClone(released);
    change(schema);
    return schema;
  };

  it.each<[string, (schema: JsonSchema) => void, RegExp]>([
    ['a removed member', (schema) => delete schema.properties!.note, /^note: removed/],
    [
      'a renamed member',
      (schema) => {
        schema.properties!.label = schema.properties!.name;
        delete schema.properties!.name;
      },
      /^name: removed \(or renamed\)/,
    ],
    ['a member made required', (schema) => schema.required!.push('note'), /^note: made required/],
    [
      'a new required member',
      (schema) => {
        schema.properties!.extra = { type: 'string' };
        schema.required!.push('extra');
      },
      /^extra: made required/,
    ],
    ['a narrowed type', (schema) => (schema.properties!.note = { type: 'integer' }), /^note: type narrowed/],
    ['a narrowed enum', (schema) => (schema.properties!.kind.enum = ['A']), /^kind: enum narrowed/],
    ['a change inside a nested class', (schema) => delete schema.$defs!.Tag.properties!.label, /^tags\[\]\.label: removed/],
  ])('reports %s', (_, change, fault) => {
    expect(breakingChanges(released, changed(change))).toEqual([expect.stringMatching(fault)]);
  });

  it.each<[string, (schema: JsonSchema) => void]>([
    ['an added optional member', (schema) => (schema.properties!.extra = { type: 'string' })],
    ['a widened enum', (schema) => schema.properties!.kind.enum!.push('C')],
    ['a member made optional', (schema) => (schema.required = [])],
    ['a widened type', (schema) => (schema.properties!.note = { type: ['string', 'null'] })],
  ])('lets %s through as additive', (_, change) => {
    expect(breakingChanges(released, changed(change))).toEqual([]);
  });
});
