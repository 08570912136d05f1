import { Module } from '@nestjs/common';
import { DecideAuthorizationUseCase } from './application/decide-authorization';
import { DescribeMeUseCase } from './application/describe-me';
import { SenderDirectory } from './application/sender-directory';
import { AuthorizationController } from './transport/authorization.controller';

/** The authorisation decision the gateway asks for every protected route, and `GET /me`. */
@Module({
  controllers: [AuthorizationController],
  providers: [DecideAuthorizationUseCase, DescribeMeUseCase, SenderDirectory],
  exports: [DecideAuthorizationUseCase],
})
export class AuthorizationModule {}
