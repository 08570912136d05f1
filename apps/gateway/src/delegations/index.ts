import { DelegationsController } from './delegations.controller';

/** The delegation routes: requests, their lifecycle, scopes and history. */
export const DELEGATION_CONTROLLERS = [DelegationsController];
