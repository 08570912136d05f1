import {
  GetJwks,
  GetTokenUsage,
  type GetTokenUsageQuery,
  IntrospectToken,
  type IntrospectTokenQuery,
  IssueToken,
  type IssueTokenCommand,
} from '@chaman/contracts';
import { OnMessage } from '@chaman/platform';
import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IntrospectTokenUseCase } from '../application/introspect-token';
import { IssueTokenUseCase } from '../application/issue-token';
import { KeyRing } from '../application/key-ring';
import { TokenUsageUseCase } from '../application/token-usage';
import { TOKEN_SETTINGS, type TokenSettings } from '../token-settings';

@Controller()
export class TokenController {
  constructor(
    private readonly issueToken: IssueTokenUseCase,
    private readonly introspectToken: IntrospectTokenUseCase,
    private readonly tokenUsage: TokenUsageUseCase,
    private readonly keys: KeyRing,
    @Inject(TOKEN_SETTINGS) private readonly settings: TokenSettings,
  ) {}

  @OnMessage(IssueToken)
  issue(@Payload() request: IssueTokenCommand) {
    return this.issueToken.execute(request);
  }

  @OnMessage(GetJwks)
  jwks() {
    return this.keys.jwks(this.settings.now());
  }

  @OnMessage(IntrospectToken)
  introspect(@Payload() request: IntrospectTokenQuery) {
    return this.introspectToken.execute(request);
  }

  @OnMessage(GetTokenUsage)
  usage(@Payload() request: GetTokenUsageQuery) {
    return this.tokenUsage.execute(request);
  }
}
