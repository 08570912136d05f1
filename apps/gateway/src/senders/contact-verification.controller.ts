import { Capability, ContactVerificationView, GetContactVerification, ResendContactVerification } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Requires } from '../authorization/requires.decorator';
import { envelope } from '../http/envelope';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidPath } from '../http/valid-input.decorators';
import { Answers } from '../openapi/answers.decorator';
import { SenderPath } from './sender.paths';

/** Whether the technical contact confirmed their address, and a new link; authorised like replacing the contact. */
@ApiTags('senders')
@Controller('enterprises/:cbe/senders/:senderNumber/contact-verification')
@Requires(Capability.MANAGE_TECHNICAL_CHANNELS)
export class ContactVerificationController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @Answers(ContactVerificationView)
  @ApiOperation({ summary: 'Whether the technical contact confirmed their address by the mailed link (until then, mail to it is held).' })
  get(@ValidPath(SenderPath) path: SenderPath, @CurrentPrincipal() principal: Principal): Promise<ContactVerificationView> {
    return this.bus.send(GetContactVerification, envelope(principal, path));
  }

  @Post()
  @HttpCode(200)
  @Answers(ContactVerificationView)
  @ApiOperation({ summary: 'Mail the technical contact a new verification link (the previous one stops working).' })
  resend(
    @ValidPath(SenderPath) path: SenderPath,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<ContactVerificationView> {
    return this.bus.send(ResendContactVerification, envelope(principal, path), { idempotencyKey });
  }
}
