import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import './metadata-cache';
import { type InputIssue, type InputLocation, SCHEMA_VIOLATION_ISSUE_TYPE } from '../problems/problem';
import { ProblemException } from '../problems/problem.exception';

const VALUE_ECHO_LIMIT = 200;

/**
 * Turns untrusted HTTP input into a validated instance of a contract class, or throws a `badRequest` problem with
 * one issue per invalid input. Unknown properties are refused, so a client's typo never passes silently: the edge
 * is strict.
 */
export function validateRequest<T extends object>(type: ClassConstructor<T>, input: unknown, location: InputLocation): T {
  return validated(type, input, location, { forbidNonWhitelisted: true });
}

/**
 * Reads a bus message or event as its receiver: validated like HTTP input, but members it does not know are
 * dropped instead of refused (a newer sender of the same major version may add optional ones), and issues name
 * the member of the message, without an HTTP location: the edge that built the message says where it came from.
 */
export function readMessage<T extends object>(type: ClassConstructor<T>, input: unknown): T {
  return validated(type, input, undefined, { forbidNonWhitelisted: false });
}

function validated<T extends object>(
  type: ClassConstructor<T>,
  input: unknown,
  location: InputLocation | undefined,
  options: { forbidNonWhitelisted: boolean },
): T {
  const what = location ?? 'message';
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw ProblemException.of('badRequest', `The ${what} must be a JSON object.`, {
      issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, ...at(location), name: what, detail: 'must be a JSON object' }],
    });
  }
  const hazards = hazardsIn(input, location, '');
  if (hazards.length > 0) {
    throw ProblemException.of('badRequest', `${hazards.length} invalid input(s) in the ${what}.`, { issues: hazards });
  }
  const instance = plainToInstance(type, input);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: options.forbidNonWhitelisted,
    forbidUnknownValues: false,
  });
  if (errors.length > 0) {
    const issues = errors.flatMap((error) => issuesOf(error, location, ''));
    throw ProblemException.of('badRequest', `${issues.length} invalid input(s) in the ${what}.`, { issues });
  }
  return instance;
}

const at = (location: InputLocation | undefined): { in?: InputLocation } => (location ? { in: location } : {});

// NUL and unpaired surrogates are no Unicode text: PostgreSQL refuses them in text and jsonb, so they must stop here as a 400.
// eslint-disable-next-line no-control-regex -- control characters are what this pattern refuses
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** No contract nests deeper than a few levels; deeper input would only exhaust the stack of the validators. */
const MAX_DEPTH = 16;

function hazardsIn(value: unknown, location: InputLocation | undefined, name: string, depth = 0): InputIssue[] {
  const issue = (detail: string): InputIssue[] => [
    { type: SCHEMA_VIOLATION_ISSUE_TYPE, ...at(location), name: name || (location ?? 'message'), detail },
  ];
  if (typeof value === 'string') return UNSTORABLE.test(value) ? issue('must not contain NUL characters or unpaired surrogates') : [];
  if (typeof value !== 'object' || value === null) return [];
  if (depth >= MAX_DEPTH) return issue(`must not nest more than ${MAX_DEPTH} levels deep`);
  return Object.entries(value).flatMap(([key, child]) => {
    const path = name ? `${name}.${key}` : key;
    // class-validator's whitelist looks names up in a plain object, so `toString` or `constructor` would pass as known.
    const inherited =
      key in Object.prototype
        ? [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, ...at(location), name: path, detail: `property ${key} should not exist` }]
        : [];
    return [...inherited, ...hazardsIn(key, location, path, depth + 1), ...hazardsIn(child, location, path, depth + 1)];
  });
}

function issuesOf(error: ValidationError, location: InputLocation | undefined, parent: string): InputIssue[] {
  const name = parent ? `${parent}.${error.property}` : error.property;
  const own: InputIssue[] = error.constraints
    ? [
        {
          type: SCHEMA_VIOLATION_ISSUE_TYPE,
          ...at(location),
          name,
          value: echo(error.value),
          detail: Object.values(error.constraints).join('; '),
        },
      ]
    : [];
  return [...own, ...(error.children ?? []).flatMap((child) => issuesOf(child, location, name))];
}

/** Echo what was sent, but never a megabyte of it. */
function echo(value: unknown): unknown {
  if (typeof value === 'string' && value.length > VALUE_ECHO_LIMIT) return `${value.slice(0, VALUE_ECHO_LIMIT)}…`;
  if (typeof value === 'object' && value !== null) return undefined;
  return value;
}
