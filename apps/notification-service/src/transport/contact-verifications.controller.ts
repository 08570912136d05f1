import {
  ConfirmContactVerification,
  ConfirmContactVerificationCommand,
  GetContactVerification,
  GetContactVerificationQuery,
  ResendContactVerification,
  ResendContactVerificationCommand,
} from '@chaman/contracts';
import { IdempotencyKey, OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ContactVerifications } from '../application/contact-verifications';

@Controller()
export class ContactVerificationsController {
  constructor(private readonly verifications: ContactVerifications) {}

  @OnMessage(ConfirmContactVerification)
  confirm(@Payload() command: ConfirmContactVerificationCommand) {
    return this.verifications.confirm(command);
  }

  @OnMessage(GetContactVerification)
  get(@Payload() query: GetContactVerificationQuery) {
    return this.verifications.get(query);
  }

  @OnMessage(ResendContactVerification)
  resend(@Payload() command: ResendContactVerificationCommand, @IdempotencyKey() idempotencyKey?: string) {
    return this.verifications.resend(command, idempotencyKey);
  }
}
