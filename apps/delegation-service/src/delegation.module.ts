import { Module } from '@nestjs/common';
import { EndDueDelegationsUseCase } from './application/end-due-delegations';
import { CloseDelegationsOfAccountUseCase } from './application/close-delegations-of-account';
import { AccountClosuresConsumer } from './transport/account-closures.consumer';
import { ChangeDelegationScopesUseCase } from './application/change-delegation-scopes';
import { ExpirePendingDelegationsUseCase } from './application/expire-pending-delegations';
import { GetDelegationUseCase } from './application/get-delegation';
import { GetDelegationStateUseCase } from './application/get-delegation-state';
import { ListDelegationsUseCase } from './application/list-delegations';
import { PartyDirectory } from './application/party-directory';
import { RequestDelegationUseCase } from './application/request-delegation';
import { TransitionDelegationUseCase } from './application/transition-delegation';
import { PartyFeeds } from './projection/party-feeds';
import { PartyProjection } from './projection/party-projection';
import { DELEGATION_SETTINGS, delegationSettingsFromEnv } from './delegation-settings';
import { DelegationCommandsController } from './transport/delegation-commands.controller';
import { DelegationQueriesController } from './transport/delegation-queries.controller';
import { ExpirySchedule } from './transport/expiry-schedule';

/** Delegations: their lifecycle over the bus, the relaunch limit, and the expiry of pending requests. */
@Module({
  controllers: [DelegationCommandsController, DelegationQueriesController],
  providers: [
    { provide: DELEGATION_SETTINGS, useFactory: () => delegationSettingsFromEnv() },
    PartyProjection,
    PartyFeeds,
    PartyDirectory,
    RequestDelegationUseCase,
    TransitionDelegationUseCase,
    ChangeDelegationScopesUseCase,
    GetDelegationUseCase,
    GetDelegationStateUseCase,
    ListDelegationsUseCase,
    ExpirePendingDelegationsUseCase,
    ExpirySchedule,
    CloseDelegationsOfAccountUseCase,
    EndDueDelegationsUseCase,
    AccountClosuresConsumer,
  ],
})
export class DelegationModule {}
