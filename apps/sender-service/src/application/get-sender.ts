import type { GetSenderQuery, SenderDetail } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { senderActions } from '../domain/closure';
import { senderRow } from '../persistence/sender-row';
import { noSuchSender } from './sender-lookup';
import { senderView } from './sender-views';

/** `GET …/senders/{senderNumber}`: one statement, no entity (the read runs on every sender page). */
@Injectable()
export class GetSenderUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute({ enterpriseNumber, target: { senderNumber } }: GetSenderQuery): Promise<SenderDetail> {
    const sender = await senderRow(this.orm, enterpriseNumber, senderNumber);
    if (!sender) throw noSuchSender(enterpriseNumber, senderNumber);
    return { ...senderView(sender), allowedActions: senderActions(sender) };
  }
}
