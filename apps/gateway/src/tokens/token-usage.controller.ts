import { Capability, GetTokenUsage, TokenUsageView } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Requires } from '../authorization/requires.decorator';
import { envelope } from '../http/envelope';
import { ValidPath } from '../http/valid-input.decorators';
import { Answers } from '../openapi/answers.decorator';
import { RestAccountPath } from '../senders/sender.paths';

/** Authorised like the certificates list: the token-service answers for the certificates {cbe} owns on the account. */
@ApiTags('certificates')
@Controller('enterprises/:cbe/rest-accounts/:accountId/token-usage')
@Requires(Capability.MANAGE_TECHNICAL_CHANNELS)
export class TokenUsageController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @Answers(TokenUsageView)
  @ApiOperation({ summary: 'When each certificate {cbe} owns on the account last obtained an access token (to the minute).' })
  usage(@ValidPath(RestAccountPath) path: RestAccountPath, @CurrentPrincipal() principal: Principal): Promise<TokenUsageView> {
    return this.bus.send(GetTokenUsage, envelope(principal, path));
  }
}
