import {
  CloseChannel,
  CloseChannelCommand,
  CloseRestAccount,
  CloseRestAccountCommand,
  CloseSender,
  CloseSenderCommand,
  ReplaceSftpKey,
  ReplaceSftpKeyCommand,
} from '@chaman/contracts';
import { IdempotencyKey, OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CloseChannelUseCase } from '../application/close-channel';
import { CloseRestAccountUseCase } from '../application/close-rest-account';
import { CloseSenderUseCase } from '../application/close-sender';
import { ReplaceSftpKeyUseCase } from '../application/replace-sftp-key';

/** Ending what a sender holds, and replacing an SFTP key; each repeatable (closing twice answers the first closure). */
@Controller()
export class ClosuresController {
  constructor(
    private readonly closeRestAccount: CloseRestAccountUseCase,
    private readonly closeChannel: CloseChannelUseCase,
    private readonly replaceSftpKey: ReplaceSftpKeyUseCase,
    private readonly closeSender: CloseSenderUseCase,
  ) {}

  @OnMessage(CloseRestAccount)
  restAccount(@Payload() command: CloseRestAccountCommand, @IdempotencyKey() key?: string) {
    return this.closeRestAccount.execute(command, key);
  }

  @OnMessage(CloseChannel)
  channel(@Payload() command: CloseChannelCommand) {
    return this.closeChannel.execute(command);
  }

  @OnMessage(ReplaceSftpKey)
  sftpKey(@Payload() command: ReplaceSftpKeyCommand) {
    return this.replaceSftpKey.execute(command);
  }

  @OnMessage(CloseSender)
  sender(@Payload() command: CloseSenderCommand, @IdempotencyKey() key?: string) {
    return this.closeSender.execute(command, key);
  }
}
