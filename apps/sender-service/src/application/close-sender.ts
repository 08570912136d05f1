import { CloseSender, type CloseSenderCommand, SenderEvents, type SenderView } from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder, runCommand } from '@chaman/platform';
import { LockMode, MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { isAlreadyClosed } from '../domain/closure';
import { Channel } from '../persistence/channel.entity';
import { RestAccount } from '../persistence/rest-account.entity';
import { closeChannel } from './close-channel';
import { closeRestAccount } from './close-rest-account';
import { ownSender } from './sender-lookup';
import { senderView } from './sender-views';

/**
 * `POST …/senders/{senderNumber}/close`: its channels close, its REST accounts close (each with its own event, as if
 * closed one by one), then the sender; its number is never given again (the sequence only moves forward).
 */
@Injectable()
export class CloseSenderUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CloseSenderCommand, idempotencyKey?: string): Promise<SenderView> {
    return runCommand(this.orm, { subject: CloseSender.subject, request: command, idempotencyKey }, async (em) => {
      const sender = await ownSender(em, command.enterpriseNumber, command.target.senderNumber, LockMode.PESSIMISTIC_WRITE);
      if (isAlreadyClosed(sender)) return senderView(sender);
      const actor = { userId: command.actor.userId, enterpriseNumber: command.enterpriseNumber };
      const now = this.clock.now();
      const accounts = await em.find(
        RestAccount,
        { sender, closedAt: null },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { createdAt: 'asc' } },
      );
      for (const account of accounts) await closeRestAccount(em, this.events, account, actor, now, true);
      const channels = await em.find(Channel, { sender }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { createdAt: 'asc' } });
      for (const channel of channels) closeChannel(em, this.events, channel, actor, true);
      sender.closedAt = now;
      sender.updatedAt = now;
      await em.flush();
      const view = senderView(sender);
      this.events.record(em, SenderEvents.senderClosed, view.senderNumber, {
        sender: view,
        actorUserId: actor.userId,
        actorEnterpriseNumber: actor.enterpriseNumber,
        closedRestAccountIds: accounts.map((account) => account.id),
        closedChannelIds: channels.map((channel) => channel.id),
      });
      return view;
    });
  }
}
