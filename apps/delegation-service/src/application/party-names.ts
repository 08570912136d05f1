import type { DelegationView, NamedDelegationView } from '@chaman/contracts';
import type { PartyProjection } from '../projection/party-projection';

/** The view with the parties' registered names, where the projection already knows them. */
export function withPartyNames(view: DelegationView, projection: PartyProjection): NamedDelegationView {
  const companyName = projection.enterpriseName(view.companyEnterpriseNumber);
  const intermediaryName = projection.enterpriseName(view.intermediaryEnterpriseNumber);
  return { ...view, ...(companyName ? { companyName } : {}), ...(intermediaryName ? { intermediaryName } : {}) };
}
