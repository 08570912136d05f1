import { DelegationStatus, type DelegationView } from '@chaman/contracts';

/** What this service already knows of a delegation (its grant) and of the account it names. */
export interface KnownFacts {
  grant: { restAccountId: string; intermediaryEnterpriseNumber: string; companyEnterpriseNumber: string; status: string } | null;
  /** The enterprise whose sender holds the account, when the account is this service's. */
  accountOwner: string | null;
}

/** How far ahead of this service's clock a delegation's `updatedAt` may be (clock skew between hosts). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const ENDED: readonly string[] = [
  DelegationStatus.REVOKED,
  DelegationStatus.RENOUNCED,
  DelegationStatus.ACCOUNT_CLOSED,
  DelegationStatus.ENDED,
];

/**
 * Why a delegation state read from an authentic event still disagrees with what this service knows (so the
 * delegation-service must be asked), or null when it agrees. A delegation never changes parties or account,
 * never comes back once ended, is never dated in the future, and only the account's holder delegates it.
 */
export function disagreementOf(delegation: DelegationView, known: KnownFacts, now: Date): string | null {
  const { grant, accountOwner } = known;
  if (Date.parse(delegation.updatedAt) > now.getTime() + MAX_CLOCK_SKEW_MS) return 'dated in the future';
  if (accountOwner !== null && accountOwner !== delegation.companyEnterpriseNumber) return 'the company does not hold the account';
  if (!grant) return null;
  if (
    grant.restAccountId !== delegation.restAccountId ||
    grant.companyEnterpriseNumber !== delegation.companyEnterpriseNumber ||
    grant.intermediaryEnterpriseNumber !== delegation.intermediaryEnterpriseNumber
  ) {
    return 'parties or account differ from the known delegation';
  }
  if (ENDED.includes(grant.status) && delegation.status !== grant.status)
    return `an ended delegation (${grant.status}) claims ${delegation.status}`;
  return null;
}

/**
 * Whether applying this state would open a grant that is not open now (a new delegation, or a move to ACCEPTED):
 * then the delegation-service is always asked first, however well the event agrees with what is known.
 */
export function opensGrant(delegation: DelegationView, grant: { active: boolean } | null): boolean {
  return delegation.status === DelegationStatus.ACCEPTED && !grant?.active;
}

/** A parked event that may have ended a delegation (or cannot be read) closes the grant until the owner says otherwise. */
export function parkedEventWithdraws(claimedStatus: string | undefined): boolean {
  return claimedStatus === undefined || ENDED.includes(claimedStatus);
}
