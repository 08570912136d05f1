import type { InputIssue, Problem } from '@chaman/contracts';

/** A refusal from the API, carrying its RFC 9457 problem (or one made up for a network failure). */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
  }

  get code(): string {
    return this.problem.code;
  }

  get issues(): InputIssue[] {
    return this.problem.issues ?? [];
  }
}

/** The problem code a URN such as `urn:problem-type:chaman:relaunchLimitReached` ends with. */
export const codeOfType = (type: string): string => type.slice(type.lastIndexOf(':') + 1);

/** Reads a problem from any JSON answer; answers that are not problems become a generic one of their status. */
export function problemFrom(status: number, body: unknown): Problem {
  if (typeof body === 'object' && body !== null && typeof (body as Problem).type === 'string') {
    const problem = body as Problem;
    return { ...problem, status: problem.status ?? status, code: problem.code ?? codeOfType(problem.type) };
  }
  const code = status >= 500 ? 'internalServerError' : status === 401 ? 'noAccessToken' : 'badRequest';
  return { type: `urn:problem-type:belgif:${code}`, title: code, status, code };
}

export const networkProblem = (): Problem => ({
  type: 'urn:problem-type:belgif:serviceUnavailable',
  title: 'Service Unavailable',
  status: 503,
  code: 'serviceUnavailable',
});
