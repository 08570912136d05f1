import { Capability, HandOverChief, HandOverChiefBody, MemberView } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Requires } from '../authorization/requires.decorator';
import { EnterprisePath } from '../http/enterprise.path';
import { envelope } from '../http/envelope';
import { ValidBody, ValidPath } from '../http/valid-input.decorators';
import { Answers } from '../openapi/answers.decorator';

/**
 * The chief access manager is one sub-resource of the enterprise, replaced by `PUT` (Belgif: replace a resource's
 * state). Its members and platform operators pass the gateway; the access-service lets the chief or an operator.
 */
@ApiTags('access')
@Controller('enterprises/:cbe/chief-access-manager')
@Requires(Capability.VIEW_ENTERPRISE)
export class ChiefController {
  constructor(private readonly bus: BusClient) {}

  @Put()
  @Answers(MemberView)
  @ApiOperation({
    summary:
      'Hand the chief access manager role to another member (the chief, or a platform operator when the chief has left); the previous chief stays an access manager.',
  })
  handOver(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidBody(HandOverChiefBody) body: HandOverChiefBody,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MemberView> {
    return this.bus.send(HandOverChief, envelope(principal, path, body));
  }
}
