import { Quality } from '@chaman/contracts';
import { intFromEnv } from '@chaman/platform';

/** The delegation rules a deployment may tune, read and validated once when the service starts. */
export interface DelegationSettings {
  /** Relaunches (and new requests after a refusal) an intermediary gets per company enterprise number and quality. */
  relaunchLimit: number;
  /** Days a request stays pending before it expires. */
  pendingDays: number;
  /** Company qualities that may delegate a REST account. */
  delegableQualities: ReadonlySet<Quality>;
  /** How often the service looks for pending requests past their period; 0 turns the sweep off. */
  expirySweepIntervalMs: number;
}

export const DELEGATION_SETTINGS = Symbol('DELEGATION_SETTINGS');

export const DEFAULT_DELEGATION_SETTINGS: DelegationSettings = {
  relaunchLimit: 20,
  pendingDays: 30,
  delegableQualities: new Set([Quality.CPAS]),
  expirySweepIntervalMs: 60_000,
};

/** `DELEGATION_RELAUNCH_LIMIT`, `DELEGATION_PENDING_DAYS`, `DELEGABLE_QUALITIES` (comma-separated), `DELEGATION_EXPIRY_SWEEP_MS`. */
export function delegationSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DelegationSettings {
  const pendingDays = intFromEnv(env, 'DELEGATION_PENDING_DAYS', DEFAULT_DELEGATION_SETTINGS.pendingDays);
  if (pendingDays < 1) throw new Error('DELEGATION_PENDING_DAYS must be at least 1');
  const expirySweepIntervalMs = intFromEnv(env, 'DELEGATION_EXPIRY_SWEEP_MS', DEFAULT_DELEGATION_SETTINGS.expirySweepIntervalMs);
  if (expirySweepIntervalMs !== 0 && expirySweepIntervalMs < 1_000) throw new Error('DELEGATION_EXPIRY_SWEEP_MS must be 0 (off) or at least 1000');
  return {
    relaunchLimit: intFromEnv(env, 'DELEGATION_RELAUNCH_LIMIT', DEFAULT_DELEGATION_SETTINGS.relaunchLimit),
    pendingDays,
    delegableQualities: qualitiesFromEnv(env, 'DELEGABLE_QUALITIES') ?? DEFAULT_DELEGATION_SETTINGS.delegableQualities,
    expirySweepIntervalMs,
  };
}

function qualitiesFromEnv(env: NodeJS.ProcessEnv, name: string): ReadonlySet<Quality> | null {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return null;
  const names = raw.split(',').map((part) => part.trim());
  const unknown = names.filter((quality) => !Object.values<string>(Quality).includes(quality));
  if (unknown.length > 0) throw new Error(`${name} names unknown qualities: ${unknown.join(', ')} (known: ${Object.values(Quality).join(', ')})`);
  if (names.includes(Quality.TECHNICAL_INTERMEDIARY)) throw new Error(`${name} cannot include ${Quality.TECHNICAL_INTERMEDIARY}: intermediaries receive delegations`);
  return new Set(names as Quality[]);
}
