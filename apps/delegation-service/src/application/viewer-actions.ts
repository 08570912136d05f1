import type { DelegationAction, DelegationParty, DelegationStatus, NamedDelegationView } from '@chaman/contracts';
import { actionsOpenTo } from '../domain/delegation-lifecycle';
import { partyOf } from '../domain/delegation-parties';

/** The lifecycle table read once per (status, initiator, side): a page of twenty asks the same few questions. */
const openActions = new Map<string, DelegationAction[]>();

function actionsOf(status: DelegationStatus, initiatedBy: DelegationParty, party: DelegationParty): DelegationAction[] {
  const key = `${status}:${initiatedBy}:${party}`;
  let actions = openActions.get(key);
  if (!actions) openActions.set(key, (actions = actionsOpenTo({ status, initiatedBy }, party)));
  return [...actions];
}

/** The view with what the enterprise in the address may do now (its side of the delegation, from the lifecycle table). */
export function withViewerActions(view: NamedDelegationView, viewer: string): NamedDelegationView {
  const party = partyOf(view, viewer);
  return { ...view, allowedActions: party ? actionsOf(view.status, view.initiatedBy, party) : [] };
}
