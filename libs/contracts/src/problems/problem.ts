/** Where an invalid input was found, in the Belgif vocabulary. */
export type InputLocation = 'body' | 'path' | 'query' | 'header';

/**
 * One invalid input of a bad request (Belgif `issues` entry). On the bus `in` is absent and `name` is the member of
 * the message (`input.sshPublicKey`, `target.senderNumber`); the gateway, which built the message, says where.
 */
export interface InputIssue {
  type: string;
  in?: InputLocation;
  name: string;
  value?: unknown;
  detail: string;
}

/**
 * An RFC 9457 problem as it travels on the bus and over HTTP. `code` is the short machine name that the
 * type URN ends with; extra members are problem-specific extensions (e.g. `contacts` for a missing right).
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  issues?: InputIssue[];
  [extension: string]: unknown;
}

export const SCHEMA_VIOLATION_ISSUE_TYPE = 'urn:problem-type:belgif:input-validation:schemaViolation';

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).type === 'string' &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).code === 'string'
  );
}
