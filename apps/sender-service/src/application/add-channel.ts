import {
  AddChannel,
  type AddChannelCommand,
  ChannelType,
  type ChannelView,
  ProblemException,
  SCHEMA_VIOLATION_ISSUE_TYPE,
  SenderEvents,
} from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { readSshPublicKey, type SshPublicKey } from '../domain/ssh-public-key';
import { Channel } from '../persistence/channel.entity';
import type { Sender } from '../persistence/sender.entity';
import { violates } from '../persistence/unique-violation';
import { ownOpenSender } from './sender-lookup';
import { channelView } from './sender-views';

function sshKeyIssue(value: string | undefined, detail: string): ProblemException {
  return ProblemException.of('badRequest', `The SSH public key was refused: ${detail}.`, {
    issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, name: 'input.sshPublicKey', value: value?.slice(0, 80), detail }],
  });
}

/** SFTP needs a real SSH public key, and only SFTP takes one. */
function sshKeyFor(command: AddChannelCommand): SshPublicKey | null {
  if (command.input.type !== ChannelType.SFTP) {
    if (command.input.sshPublicKey !== undefined)
      throw sshKeyIssue(command.input.sshPublicKey, `only an SFTP channel takes an SSH public key, not ${command.input.type}`);
    return null;
  }
  if (command.input.sshPublicKey === undefined) throw sshKeyIssue(undefined, 'an SFTP channel requires an SSH public key');
  const reading = readSshPublicKey(command.input.sshPublicKey);
  if (!reading.ok) throw sshKeyIssue(command.input.sshPublicKey, reading.reason);
  return reading.key;
}

/** Opens a channel on the sender; one per type, so a second one of a type is a conflict (docs/senders.md). */
async function openChannel(
  em: EntityManager,
  events: EventRecorder,
  sender: Sender,
  type: ChannelType,
  key: SshPublicKey | null,
  actorUserId: string,
  now: Date,
): Promise<ChannelView> {
  const channel = em.create(Channel, {
    id: uuidv7(),
    sender,
    type,
    sshPublicKey: key?.normalized ?? null,
    sshKeyFingerprint: key?.fingerprint ?? null,
    createdAt: now,
  });
  await em.flush();
  const view = channelView(channel);
  events.record(em, SenderEvents.channelAdded, sender.senderNumber, { channel: view, actorUserId });
  return view;
}

@Injectable()
export class AddChannelUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: AddChannelCommand, idempotencyKey?: string): Promise<ChannelView> {
    const key = sshKeyFor(command);
    try {
      return await runCommand(this.orm, { subject: AddChannel.subject, request: command, idempotencyKey }, async (em) => {
        const sender = await ownOpenSender(em, command.enterpriseNumber, command.target.senderNumber);
        return openChannel(em, this.events, sender, command.input.type, key, command.actor.userId, this.clock.now());
      });
    } catch (error) {
      if (violates(error, 'channel_sender_type_key')) {
        throw ProblemException.of(
          'channelAlreadyExists',
          `Sender ${command.target.senderNumber} already has a ${command.input.type} channel.`,
        );
      }
      throw error;
    }
  }
}
