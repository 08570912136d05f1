import {
  Capability,
  EnterpriseView,
  GetEnterprise,
  RegisterEnterprise,
  RegisterEnterpriseBody,
  RegisteredEnterprise,
} from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Created } from '../http/created.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { envelope } from '../http/envelope';
import { OperatorOnly, Requires } from '../authorization/requires.decorator';
import { EnterprisePath } from '../http/enterprise.path';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidBody, ValidPath } from '../http/valid-input.decorators';
import { Answers } from '../openapi/answers.decorator';

@ApiTags('access')
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @Created(RegisteredEnterprise, (enterprise) => enterprise.enterpriseNumber)
  @OperatorOnly()
  @ApiOperation({ summary: 'Register an enterprise with its qualities and its chief access manager (platform operators).' })
  register(
    @ValidBody(RegisterEnterpriseBody) body: RegisterEnterpriseBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<RegisteredEnterprise> {
    return this.bus.send(RegisterEnterprise, envelope(principal, null, body), { idempotencyKey });
  }

  @Get(':cbe')
  @Answers(EnterpriseView)
  @Requires(Capability.VIEW_ENTERPRISE)
  @ApiOperation({ summary: 'An enterprise (its members and platform operators).' })
  get(@ValidPath(EnterprisePath) path: EnterprisePath): Promise<EnterpriseView> {
    return this.bus.send(GetEnterprise, { enterpriseNumber: path.cbe });
  }
}
