import type { MyEnterprise } from '@chaman/contracts';

/** As `GET /me` tells it: the enterprise may delegate in one of its qualities, or receive delegations as an intermediary. */
export const takesPartInDelegations = (enterprise: MyEnterprise): boolean =>
  (enterprise.delegableQualities ?? []).length > 0 || Boolean(enterprise.actsAsIntermediary);
