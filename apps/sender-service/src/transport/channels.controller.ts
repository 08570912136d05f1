import { AddChannel, AddChannelCommand, ListChannels, ListChannelsQuery } from '@chaman/contracts';
import { IdempotencyKey, OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AddChannelUseCase } from '../application/add-channel';
import { ListChannelsUseCase } from '../application/list-channels';

@Controller()
export class ChannelsController {
  constructor(
    private readonly addChannel: AddChannelUseCase,
    private readonly listChannels: ListChannelsUseCase,
  ) {}

  @OnMessage(AddChannel)
  add(@Payload() command: AddChannelCommand, @IdempotencyKey() key?: string) {
    return this.addChannel.execute(command, key);
  }

  @OnMessage(ListChannels)
  list(@Payload() request: ListChannelsQuery) {
    return this.listChannels.execute(request);
  }
}
