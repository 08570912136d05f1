import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { type InputIssue, type InputLocation, SCHEMA_VIOLATION_ISSUE_TYPE } from '../problems/problem';
import { ProblemException } from '../problems/problem.exception';

const VALUE_ECHO_LIMIT = 200;

/**
 * Turns untrusted input into a validated instance of a contract class, or throws a `badRequest` problem with
 * one issue per invalid input. Unknown properties are refused, so a typo never passes silently.
 */
export function validateRequest<T extends object>(type: ClassConstructor<T>, input: unknown, location: InputLocation): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw ProblemException.of('badRequest', `The ${location} must be a JSON object.`, {
      issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, in: location, name: location, detail: 'must be a JSON object' }],
    });
  }
  const instance = plainToInstance(type, input);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
  if (errors.length > 0) {
    const issues = errors.flatMap((error) => issuesOf(error, location, ''));
    throw ProblemException.of('badRequest', `${issues.length} invalid input(s) in the ${location}.`, { issues });
  }
  return instance;
}

function issuesOf(error: ValidationError, location: InputLocation, parent: string): InputIssue[] {
  const name = parent ? `${parent}.${error.property}` : error.property;
  const own: InputIssue[] = error.constraints
    ? [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, in: location, name, value: echo(error.value), detail: Object.values(error.constraints).join('; ') }]
    : [];
  return [...own, ...(error.children ?? []).flatMap((child) => issuesOf(child, location, name))];
}

/** Echo what was sent, but never a megabyte of it. */
function echo(value: unknown): unknown {
  if (typeof value === 'string' && value.length > VALUE_ECHO_LIMIT) return `${value.slice(0, VALUE_ECHO_LIMIT)}…`;
  if (typeof value === 'object' && value !== null) return undefined;
  return value;
}
