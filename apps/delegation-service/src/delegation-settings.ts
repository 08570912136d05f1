import type { Quality } from '@chaman/contracts';
import { DEFAULT_DELEGABLE_QUALITIES, delegableQualitiesFromEnv, intFromEnv } from '@chaman/platform';

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
  delegableQualities: DEFAULT_DELEGABLE_QUALITIES,
  expirySweepIntervalMs: 60_000,
};

/** `DELEGATION_RELAUNCH_LIMIT`, `DELEGATION_PENDING_DAYS`, `DELEGABLE_QUALITIES` (comma-separated), `DELEGATION_EXPIRY_SWEEP_MS`. */
export function delegationSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DelegationSettings {
  const pendingDays = intFromEnv(env, 'DELEGATION_PENDING_DAYS', DEFAULT_DELEGATION_SETTINGS.pendingDays);
  if (pendingDays < 1) throw new Error('DELEGATION_PENDING_DAYS must be at least 1');
  const expirySweepIntervalMs = intFromEnv(env, 'DELEGATION_EXPIRY_SWEEP_MS', DEFAULT_DELEGATION_SETTINGS.expirySweepIntervalMs);
  if (expirySweepIntervalMs !== 0 && expirySweepIntervalMs < 1_000)
    throw new Error('DELEGATION_EXPIRY_SWEEP_MS must be 0 (off) or at least 1000');
  return {
    relaunchLimit: intFromEnv(env, 'DELEGATION_RELAUNCH_LIMIT', DEFAULT_DELEGATION_SETTINGS.relaunchLimit),
    pendingDays,
    delegableQualities: delegableQualitiesFromEnv(env),
    expirySweepIntervalMs,
  };
}
