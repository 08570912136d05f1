import { Module } from '@nestjs/common';
import { CreateSenderUseCase } from './application/create-sender';
import { FindSendersOfEnterprisesUseCase } from './application/find-senders-of-enterprises';
import { GetSenderUseCase } from './application/get-sender';
import { ListSendersUseCase } from './application/list-senders';
import { ReplaceTechnicalContactUseCase } from './application/replace-technical-contact';
import { SendersController } from './transport/senders.controller';

/** Senders and their technical contact. */
@Module({
  controllers: [SendersController],
  providers: [CreateSenderUseCase, ListSendersUseCase, GetSenderUseCase, ReplaceTechnicalContactUseCase, FindSendersOfEnterprisesUseCase],
})
export class SendersModule {}
