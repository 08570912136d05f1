import { ProblemException } from '@chaman/contracts';
import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ValidBody } from '../http/valid-input.decorators';
import { DevIssuer } from './dev-issuer';
import { DevTokenRequest } from './dev-token.request';
import { Public } from './public.decorator';

@ApiTags('development')
@Controller('dev/tokens')
export class DevTokensController {
  constructor(@Inject(DevIssuer) private readonly issuer: DevIssuer | null) {}

  @Post()
  @Public()
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue an access token from the built-in development issuer (development mode only).' })
  issue(@ValidBody(DevTokenRequest) request: DevTokenRequest) {
    if (!this.issuer) throw ProblemException.of('devIssuerDisabled', 'Development tokens are disabled on this deployment.');
    return this.issuer.issue(request);
  }
}
