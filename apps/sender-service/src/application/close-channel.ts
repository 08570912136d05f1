import { type ChannelView, CloseChannel, type CloseChannelCommand, ProblemException, SenderEvents } from '@chaman/contracts';
import { EventRecorder, runCommand } from '@chaman/platform';
import { LockMode, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Channel } from '../persistence/channel.entity';
import type { ClosingActor } from './close-rest-account';
import { ownSender } from './sender-lookup';
import { channelView } from './sender-views';

/** Ends a channel: it is removed (a channel of that type may be opened again), its SFTP key stops with it. */
export function closeChannel(
  em: EntityManager,
  events: EventRecorder,
  channel: Channel,
  actor: ClosingActor,
  closedWithSender = false,
): ChannelView {
  const view = channelView(channel);
  em.remove(channel);
  events.record(em, SenderEvents.channelClosed, view.senderNumber, {
    channel: view,
    actorUserId: actor.userId,
    actorEnterpriseNumber: actor.enterpriseNumber,
    closedWithSender,
  });
  return view;
}

/** The channel of one of the acting enterprise's senders, row-locked. */
export async function ownChannel(em: EntityManager, enterpriseNumber: string, senderNumber: string, channelId: string): Promise<Channel> {
  const sender = await ownSender(em, enterpriseNumber, senderNumber);
  const channel = await em.findOne(Channel, { id: channelId, sender }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!channel) throw ProblemException.of('resourceNotFound', `Sender ${senderNumber} has no channel ${channelId}.`);
  return channel;
}

/** `DELETE …/senders/{senderNumber}/channels/{channelId}`. */
@Injectable()
export class CloseChannelUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
  ) {}

  async execute(command: CloseChannelCommand): Promise<ChannelView> {
    return runCommand(this.orm, { subject: CloseChannel.subject, request: command }, async (em) => {
      const channel = await ownChannel(em, command.enterpriseNumber, command.target.senderNumber, command.target.channelId);
      const view = closeChannel(em, this.events, channel, { userId: command.actor.userId, enterpriseNumber: command.enterpriseNumber });
      await em.flush();
      return view;
    });
  }
}
