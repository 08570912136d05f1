import { Module } from '@nestjs/common';
import { DecideAuthorizationUseCase } from './application/decide-authorization';
import { DescribeMeUseCase } from './application/describe-me';
import { SenderDirectory } from './application/sender-directory';
import { AuthorizationController } from './transport/authorization.controller';
import { SenderEventsConsumer } from './transport/sender-events.consumer';

/** The authorisation decision the gateway asks for every protected route, and `GET /me`. */
@Module({
  controllers: [AuthorizationController],
  providers: [DecideAuthorizationUseCase, DescribeMeUseCase, SenderDirectory, SenderEventsConsumer],
  exports: [DecideAuthorizationUseCase],
})
export class AuthorizationModule {}
