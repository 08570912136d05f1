import { Module } from '@nestjs/common';
import { CloseChannelUseCase } from './application/close-channel';
import { CloseRestAccountUseCase } from './application/close-rest-account';
import { CloseSenderUseCase } from './application/close-sender';
import { ReplaceSftpKeyUseCase } from './application/replace-sftp-key';
import { ClosuresController } from './transport/closures.controller';

/** Closing REST accounts, channels and senders, and replacing SFTP keys. */
@Module({
  controllers: [ClosuresController],
  providers: [CloseRestAccountUseCase, CloseChannelUseCase, ReplaceSftpKeyUseCase, CloseSenderUseCase],
})
export class ClosuresModule {}
