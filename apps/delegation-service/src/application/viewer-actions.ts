import type { DelegationAction, NamedDelegationView } from '@chaman/contracts';
import { actionsOpenTo } from '../domain/delegation-lifecycle';
import { partyOf } from '../domain/delegation-parties';

/** The view with what the enterprise in the address may do now (its side of the delegation, from the lifecycle table). */
export function withViewerActions(view: NamedDelegationView, viewer: string): NamedDelegationView {
  const party = partyOf(view, viewer);
  const allowedActions: DelegationAction[] = party ? actionsOpenTo(view, party) : [];
  return { ...view, allowedActions };
}
