import { ProblemException } from '@chaman/contracts';
import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { isLoopbackAddress } from '../web/request-origin';
import { ValidBody } from '../http/valid-input.decorators';
import { Answers } from '../openapi/answers.decorator';
import { DevIssuer } from './dev-issuer';
import { DevTokenRequest } from './dev-token.request';
import { IssuedDevToken } from './issued-dev-token';
import { Public } from './public.decorator';

@ApiTags('development')
@Controller('dev/tokens')
export class DevTokensController {
  constructor(@Inject(DevIssuer) private readonly issuer: DevIssuer | null) {}

  @Post()
  @Public()
  @HttpCode(201)
  @Answers(IssuedDevToken, 201)
  @ApiOperation({ summary: 'Issue an access token from the built-in development issuer (DEV_TOKENS=true, callers on this machine only).' })
  issue(@ValidBody(DevTokenRequest) request: DevTokenRequest, @Req() http: FastifyRequest): Promise<IssuedDevToken> {
    if (!this.issuer) throw ProblemException.of('devIssuerDisabled', 'Development tokens are disabled on this deployment.');
    // The connection's own peer, never a forwarded header: only a caller on this machine may mint tokens.
    if (!isLoopbackAddress(http.socket.remoteAddress))
      throw ProblemException.of('devIssuerDisabled', 'Development tokens are issued to callers on this machine only.');
    return this.issuer.issue(request);
  }
}
