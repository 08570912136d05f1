import { ConfirmContactVerification, ContactVerificationToken, ContactVerificationView } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { ValidPath } from '../http/valid-input.decorators';
import { Answers } from '../openapi/answers.decorator';

/**
 * The link mailed to a technical contact's address leads to the web page `/contact-verification/{token}`, which
 * posts the token here when its reader clicks "Confirm" (a GET changes nothing: mail scanners follow links). Public:
 * whoever received the mail confirms, account or not; the `/auth/*` budget per address applies (start-gateway.ts).
 */
@ApiTags('senders')
@Controller('contact-verifications')
@Public()
export class ContactVerificationsController {
  constructor(private readonly bus: BusClient) {}

  @Post(':token')
  @HttpCode(200)
  @Answers(ContactVerificationView)
  @ApiOperation({
    summary:
      "Confirm a technical contact's address with the token of the link mailed to it (no account needed); mail held for it goes out.",
  })
  confirm(@ValidPath(ContactVerificationToken) path: ContactVerificationToken): Promise<ContactVerificationView> {
    return this.bus.send(ConfirmContactVerification, { token: path.token });
  }
}
