import { type ListParkedEventsQuery, PARKED_EVENT_MESSAGES, type ParkedEventCommand, type ParkingService } from '@chaman/contracts';
import { Controller, type Type } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OnMessage } from '../bus/on-message.decorator';
import { pageLimit } from '../pagination/keyset-cursor';
import { ParkedEvents } from './parked-events';

/** The operator's desk messages of one service that parks events (the gateway lets platform operators alone send them). */
export function parkedEventsController(service: ParkingService): Type<unknown> {
  const messages = PARKED_EVENT_MESSAGES[service];
  @Controller()
  class ParkedEventsController {
    constructor(private readonly parked: ParkedEvents) {}

    @OnMessage(messages.list)
    list(@Payload() query: ListParkedEventsQuery) {
      const after = query.input.cursor && /^\d+$/.test(query.input.cursor) ? Number(query.input.cursor) : 0;
      return this.parked.list(after, pageLimit(query.input));
    }

    @OnMessage(messages.replay)
    replay(@Payload() command: ParkedEventCommand) {
      return this.parked.replay(command.input.sequence);
    }

    @OnMessage(messages.discard)
    discard(@Payload() command: ParkedEventCommand) {
      return this.parked.discard(command.input.sequence);
    }
  }
  return ParkedEventsController;
}
