import { DelegationParty, ProblemException, type Quality } from '@chaman/contracts';

/** What an intermediary has used towards one company enterprise number and quality (one counter row). */
export interface RelaunchAllowance {
  intermediaryEnterpriseNumber: string;
  companyEnterpriseNumber: string;
  companyQuality: Quality;
  used: number;
  /** Set by the company's first refusal of a request of this intermediary; from then on new requests count too. */
  companyHasRefused: boolean;
}

/** An attempt to get a pending request in front of the other side. */
export type RequestAttempt = 'RELAUNCH' | 'NEW_REQUEST';

/**
 * DESIGN.md §1 "Relaunch limit": the intermediary's relaunches, and its new requests once the company has refused
 * one (no bypass by cancel-and-recreate), count against `limit`; the company never counts. Returns whether the
 * attempt was counted; past the limit throws `relaunchLimitReached`, which tells the intermediary what to do.
 */
export function chargeAttempt(allowance: RelaunchAllowance, party: DelegationParty, attempt: RequestAttempt, limit: number): boolean {
  if (party === DelegationParty.COMPANY) return false;
  if (attempt === 'NEW_REQUEST' && !allowance.companyHasRefused) return false;
  if (allowance.used >= limit) {
    throw ProblemException.of(
      'relaunchLimitReached',
      `This technical intermediary has used its ${limit} relaunches towards enterprise ${allowance.companyEnterpriseNumber} ` +
        `(${allowance.companyQuality}), which refused its requests. It cannot relaunch or request again: contact the company ` +
        'so that the company itself initiates the delegation.',
      { relaunchLimit: limit, relaunchesUsed: allowance.used },
    );
  }
  allowance.used += 1;
  return true;
}

/** A refusal by the company makes later new requests of the intermediary count as relaunches. */
export function recordRefusal(allowance: RelaunchAllowance, refusingParty: DelegationParty): void {
  if (refusingParty === DelegationParty.COMPANY) allowance.companyHasRefused = true;
}

/** What an intermediary has left towards one company and quality before `relaunchLimitReached`. */
export const relaunchesLeft = (used: number, limit: number): number => Math.max(0, limit - used);
