import type { JsonSchema } from './contract-schemas';

/**
 * What a change from `before` to `after` breaks for the other side of a released contract: a member removed (or
 * renamed), a member made required (or added as required), a type or an enum narrowed. Adding optional members,
 * widening a type or an enum, and loosening a requirement are additive and return nothing.
 */
export function breakingChanges(before: JsonSchema, after: JsonSchema): string[] {
  return compare(before, after, before, after, '');
}

function compare(
  beforeDoc: JsonSchema,
  afterDoc: JsonSchema,
  beforeNode: JsonSchema,
  afterNode: JsonSchema,
  path: string,
  seen = new Set<string>(),
): string[] {
  const was = resolve(beforeDoc, beforeNode);
  const is = resolve(afterDoc, afterNode);
  const key = `${path}|${beforeNode.$ref ?? ''}|${afterNode.$ref ?? ''}`;
  if (seen.has(key)) return [];
  seen.add(key);
  const at = path || '(root)';
  const faults: string[] = [];
  const [wasTypes, isTypes] = [typesOf(was), typesOf(is)];
  if (isTypes && (!wasTypes || wasTypes.some((type) => !isTypes.includes(type) && !(type === 'integer' && isTypes.includes('number'))))) {
    faults.push(`${at}: type narrowed from ${wasTypes?.join('|') ?? 'any'} to ${isTypes.join('|')}`);
  }
  const [wasValues, isValues] = [valuesOf(was), valuesOf(is)];
  if (
    isValues &&
    (!wasValues || wasValues.some((value) => !isValues.some((candidate) => JSON.stringify(candidate) === JSON.stringify(value))))
  ) {
    faults.push(`${at}: enum narrowed from ${wasValues ? JSON.stringify(wasValues) : 'any value'} to ${JSON.stringify(isValues)}`);
  }
  for (const [name, member] of Object.entries(was.properties ?? {})) {
    const next = is.properties?.[name];
    if (!next) faults.push(`${join(path, name)}: removed (or renamed)`);
    else faults.push(...compare(beforeDoc, afterDoc, member, next, join(path, name), seen));
  }
  for (const name of is.required ?? []) {
    if (!(was.required ?? []).includes(name)) faults.push(`${join(path, name)}: made required`);
  }
  if (was.items && is.items) faults.push(...compare(beforeDoc, afterDoc, was.items, is.items, `${path}[]`, seen));
  return faults;
}

function resolve(document: JsonSchema, node: JsonSchema): JsonSchema {
  if (!node.$ref) return node;
  const target = node.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], document) as JsonSchema | undefined;
  // A `$ref` beside its own keywords (class-validator-jsonschema writes `type: object` next to it): both hold.
  const { $ref: _ref, ...siblings } = node;
  return { ...(target ?? {}), ...siblings };
}

function typesOf(node: JsonSchema): string[] | null {
  if (node.type === undefined) return null;
  return Array.isArray(node.type) ? node.type : [node.type];
}

function valuesOf(node: JsonSchema): unknown[] | null {
  if (node.enum) return node.enum;
  return 'const' in node ? [node.const] : null;
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);
