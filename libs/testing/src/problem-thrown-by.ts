import { type Problem, ProblemException } from '@chaman/contracts';

/** The problem `run` throws, or null when it throws nothing; any other error propagates. */
export function problemThrownBy(run: () => unknown): Problem | null {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemException) return error.problem;
    throw error;
  }
  return null;
}
