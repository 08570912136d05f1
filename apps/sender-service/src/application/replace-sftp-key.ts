import {
  ChannelType,
  type ChannelView,
  ProblemException,
  ReplaceSftpKey,
  type ReplaceSftpKeyCommand,
  SCHEMA_VIOLATION_ISSUE_TYPE,
  SenderEvents,
} from '@chaman/contracts';
import { EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { readSshPublicKey } from '../domain/ssh-public-key';
import { ownChannel } from './close-channel';
import { channelView } from './sender-views';

/** `PUT …/channels/{channelId}/ssh-public-key`: the new key replaces the old one at once; the same key again changes nothing. */
@Injectable()
export class ReplaceSftpKeyUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
  ) {}

  async execute(command: ReplaceSftpKeyCommand): Promise<ChannelView> {
    const reading = readSshPublicKey(command.input.sshPublicKey);
    if (!reading.ok) {
      throw ProblemException.of('badRequest', `The SSH public key was refused: ${reading.reason}.`, {
        issues: [
          {
            type: SCHEMA_VIOLATION_ISSUE_TYPE,
            name: 'input.sshPublicKey',
            value: command.input.sshPublicKey.slice(0, 80),
            detail: reading.reason,
          },
        ],
      });
    }
    return runCommand(this.orm, { subject: ReplaceSftpKey.subject, request: command }, async (em) => {
      const channel = await ownChannel(em, command.enterpriseNumber, command.target.senderNumber, command.target.channelId);
      if (channel.type !== ChannelType.SFTP) {
        throw ProblemException.of(
          'transitionNotAllowed',
          `Channel ${channel.id} is ${channel.type}: only an SFTP channel has a key to replace.`,
        );
      }
      const previousSshKeyFingerprint = channel.sshKeyFingerprint ?? '';
      if (previousSshKeyFingerprint === reading.key.fingerprint) return channelView(channel);
      channel.sshPublicKey = reading.key.normalized;
      channel.sshKeyFingerprint = reading.key.fingerprint;
      await em.flush();
      const view = channelView(channel);
      this.events.record(em, SenderEvents.sftpKeyReplaced, view.senderNumber, {
        channel: view,
        previousSshKeyFingerprint,
        actorUserId: command.actor.userId,
        actorEnterpriseNumber: command.enterpriseNumber,
      });
      return view;
    });
  }
}
