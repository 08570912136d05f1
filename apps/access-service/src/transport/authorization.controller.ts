import { Authorize, type AuthorizeReply, AuthorizeQuery, DescribeMe, DescribeMeQuery, type MeView } from '@chaman/contracts';
import { OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DecideAuthorizationUseCase } from '../application/decide-authorization';
import { DescribeMeUseCase } from '../application/describe-me';

@Controller()
export class AuthorizationController {
  constructor(
    private readonly decisions: DecideAuthorizationUseCase,
    private readonly me: DescribeMeUseCase,
  ) {}

  @OnMessage(Authorize)
  authorize(@Payload() request: AuthorizeQuery): Promise<AuthorizeReply> {
    return this.decisions.execute(request);
  }

  @OnMessage(DescribeMe)
  describeMe(@Payload() query: DescribeMeQuery): Promise<MeView> {
    return this.me.execute(query);
  }
}
