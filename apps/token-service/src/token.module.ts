import { type DynamicModule, Module } from '@nestjs/common';
import { IntrospectTokenUseCase } from './application/introspect-token';
import { IssueTokenUseCase } from './application/issue-token';
import { KeyRing } from './application/key-ring';
import { TokenUsageUseCase } from './application/token-usage';
import { IssuanceStatements } from './persistence/issuance-statements';
import { TOKEN_SETTINGS, type TokenSettings } from './token-settings';
import { AssertionSweeper } from './transport/assertion-sweeper';
import { EventSubscriptions } from './transport/event-subscriptions';
import { TokenController } from './transport/token.controller';

/** The authorisation server: the projection fed by events, the signing keys, the token and introspection answers. */
@Module({})
export class TokenModule {
  static with(settings: TokenSettings): DynamicModule {
    return {
      module: TokenModule,
      controllers: [TokenController],
      providers: [
        { provide: TOKEN_SETTINGS, useValue: settings },
        KeyRing,
        IssuanceStatements,
        IssueTokenUseCase,
        IntrospectTokenUseCase,
        TokenUsageUseCase,
        AssertionSweeper,
        EventSubscriptions,
      ],
      exports: [KeyRing],
    };
  }
}
