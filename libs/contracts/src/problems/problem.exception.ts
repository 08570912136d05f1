import { problemOf, type ProblemCode } from './problem-catalog';
import type { Problem } from './problem';

/** Thrown by any layer to answer with a catalogued problem; transports serialize `problem` as is. */
export class ProblemException extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemException';
  }

  static of(code: ProblemCode, detail?: string, extensions?: Parameters<typeof problemOf>[2]): ProblemException {
    return new ProblemException(problemOf(code, detail, extensions));
  }
}
