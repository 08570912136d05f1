import { delegableQualitiesFromEnv } from '@chaman/platform';
import { Module } from '@nestjs/common';
import { DecideAuthorizationUseCase } from './application/decide-authorization';
import { DELEGABLE_QUALITIES, DescribeMeUseCase } from './application/describe-me';
import { SenderDirectory } from './application/sender-directory';
import { AuthorizationController } from './transport/authorization.controller';
import { SenderEventsConsumer } from './transport/sender-events.consumer';

/** The authorisation decision the gateway asks for every protected route, and `GET /me`. */
@Module({
  controllers: [AuthorizationController],
  providers: [
    DecideAuthorizationUseCase,
    DescribeMeUseCase,
    SenderDirectory,
    SenderEventsConsumer,
    { provide: DELEGABLE_QUALITIES, useFactory: () => delegableQualitiesFromEnv() },
  ],
  exports: [DecideAuthorizationUseCase],
})
export class AuthorizationModule {}
