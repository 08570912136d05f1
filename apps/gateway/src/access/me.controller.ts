import { DescribeMe, MeView } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { envelope } from '../http/envelope';
import { Answers } from '../openapi/answers.decorator';

@ApiTags('access')
@Controller('me')
export class MeController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @Answers(MeView)
  @ApiOperation({
    summary: 'The calling person, their enterprises, position and right in each, and per quality whether a sender still has to be created.',
  })
  describe(@CurrentPrincipal() principal: Principal): Promise<MeView> {
    return this.bus.send(DescribeMe, envelope(principal, null, { name: principal.name, email: principal.email }));
  }
}
