/** How the acting enterprise stands towards a REST account's certificates. */
export type AccountRole = 'OWNER' | 'INTERMEDIARY';

export interface AccountStanding {
  ownerEnterpriseNumber: string;
  /** Enterprises holding an active delegation grant on the account. */
  intermediariesWithGrant: readonly string[];
}

/**
 * The company owning the account manages its own certificates; an intermediary only while it holds an
 * accepted delegation on it. Anyone else gets `null`, answered exactly like an account that does not exist.
 */
export function accountRoleOf(actingEnterpriseNumber: string, standing: AccountStanding): AccountRole | null {
  if (actingEnterpriseNumber === standing.ownerEnterpriseNumber) return 'OWNER';
  return standing.intermediariesWithGrant.includes(actingEnterpriseNumber) ? 'INTERMEDIARY' : null;
}
