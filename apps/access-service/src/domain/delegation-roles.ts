import { Quality } from '@chaman/contracts';

/** The part an enterprise can take in delegations: the company, in each delegable quality it holds, and/or the intermediary. */
export interface DelegationRoles {
  delegableQualities: Quality[];
  actsAsIntermediary: boolean;
}

export function delegationRoles(qualities: readonly Quality[], delegable: ReadonlySet<Quality>): DelegationRoles {
  return {
    delegableQualities: qualities.filter((quality) => delegable.has(quality)),
    actsAsIntermediary: qualities.includes(Quality.TECHNICAL_INTERMEDIARY),
  };
}
