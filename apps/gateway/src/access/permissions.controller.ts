import { Capability, GrantPermission, PermissionView, RevokePermission } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Delete, HttpCode, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { envelope } from '../http/envelope';
import { Requires } from '../authorization/requires.decorator';
import { ValidPath } from '../http/valid-input.decorators';
import { PermissionPath } from './member.path';
import { Answers } from '../openapi/answers.decorator';

@ApiTags('access')
@Controller('enterprises/:cbe/members/:userId/permissions/:permission')
@Requires(Capability.MANAGE_PERMISSIONS)
export class PermissionsController {
  constructor(private readonly bus: BusClient) {}

  @Put()
  @Answers(PermissionView)
  @ApiOperation({ summary: "Grant the right to a user, or restore a group manager's default (access and group managers)." })
  grant(@ValidPath(PermissionPath) path: PermissionPath, @CurrentPrincipal() principal: Principal): Promise<PermissionView> {
    return this.bus.send(GrantPermission, envelope(principal, path));
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: "Revoke a user's right, or withdraw a group manager's default (access and group managers)." })
  async revoke(@ValidPath(PermissionPath) path: PermissionPath, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.bus.send(RevokePermission, envelope(principal, path));
  }
}
