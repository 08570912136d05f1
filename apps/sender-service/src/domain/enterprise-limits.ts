import { ProblemException } from '@chaman/contracts';

/** How much one enterprise may store here: bounded, so that no party can fill the database (docs/security.md). */
export const ENTERPRISE_LIMITS = {
  restAccountsPerSender: 100,
  /** Live certificates one owner keeps on one REST account (removed and inactive ones do not count). */
  activeCertificatesPerAccountAndOwner: 50,
} as const;

/** Refuses the next one once `count` has reached `limit`, saying which limit and how to get under it. */
export function withinLimit(count: number, limit: number, what: string, remedy: string): void {
  if (count >= limit) throw ProblemException.of('enterpriseLimitReached', `At most ${limit} ${what}; ${remedy}.`, { limit });
}
