export * from './application/expire-pending-delegations';
export * from './application/end-due-delegations';
export * from './delegation-settings';
export * from './delegation.service';
