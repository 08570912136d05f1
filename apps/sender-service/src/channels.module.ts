import { Module } from '@nestjs/common';
import { AddChannelUseCase } from './application/add-channel';
import { CreateRestAccountUseCase } from './application/create-rest-account';
import { GetRestAccountUseCase } from './application/get-rest-account';
import { ListChannelsUseCase } from './application/list-channels';
import { ListRestAccountsUseCase } from './application/list-rest-accounts';
import { ChannelsController } from './transport/channels.controller';
import { RestAccountsController } from './transport/rest-accounts.controller';

/** Channels of a sender and the REST accounts of its REST channel. */
@Module({
  controllers: [ChannelsController, RestAccountsController],
  providers: [AddChannelUseCase, ListChannelsUseCase, CreateRestAccountUseCase, ListRestAccountsUseCase, GetRestAccountUseCase],
})
export class ChannelsModule {}
