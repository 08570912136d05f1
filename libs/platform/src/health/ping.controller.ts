import { pingMessage, type PingReply, type ServiceName } from '@chaman/contracts';
import { Controller, type Type } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { OnMessage } from '../bus/on-message.decorator';

/** The bus-side health answer of one service: it is subscribed, and says whether its database answers. */
export function pingControllerFor(service: ServiceName): Type<unknown> {
  @Controller()
  class PingController {
    constructor(private readonly orm: MikroORM) {}

    @OnMessage(pingMessage(service))
    async ping(): Promise<PingReply> {
      return { service, database: (await this.orm.isConnected()) ? 'up' : 'down' };
    }
  }
  return PingController;
}
