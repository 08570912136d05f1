import { Quality } from '@chaman/contracts';

/** DESIGN.md §1: only companies of a delegable quality may delegate; `{CPAS}` unless configured. */
export const DEFAULT_DELEGABLE_QUALITIES: ReadonlySet<Quality> = new Set([Quality.CPAS]);

/**
 * `DELEGABLE_QUALITIES` (comma-separated): one setting read by the delegation-service, which enforces it, and the
 * access-service, which tells each person's enterprises what they may delegate (`GET /me`).
 */
export function delegableQualitiesFromEnv(env: NodeJS.ProcessEnv = process.env): ReadonlySet<Quality> {
  const name = 'DELEGABLE_QUALITIES';
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return DEFAULT_DELEGABLE_QUALITIES;
  const names = raw.split(',').map((part) => part.trim());
  const unknown = names.filter((quality) => !Object.values<string>(Quality).includes(quality));
  if (unknown.length > 0)
    throw new Error(`${name} names unknown qualities: ${unknown.join(', ')} (known: ${Object.values(Quality).join(', ')})`);
  if (names.includes(Quality.TECHNICAL_INTERMEDIARY))
    throw new Error(`${name} cannot include ${Quality.TECHNICAL_INTERMEDIARY}: intermediaries receive delegations`);
  return new Set(names as Quality[]);
}
