import type { GetSenderRequest, SenderDetail } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { senderActions } from '../domain/closure';
import { ownSender } from './sender-lookup';
import { senderView } from './sender-views';

@Injectable()
export class GetSenderUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: GetSenderRequest): Promise<SenderDetail> {
    const sender = await ownSender(this.orm.em.fork() as EntityManager, request.enterpriseNumber, request.target.senderNumber);
    return { ...senderView(sender), allowedActions: senderActions(sender) };
  }
}
