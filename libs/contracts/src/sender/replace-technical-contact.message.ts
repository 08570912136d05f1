import { ExpectedVersionField, InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { SenderTarget } from './sender-targets';
import type { SenderView } from './sender.view';
import { TechnicalContact } from './technical-contact.dto';

/** `PUT …/senders/{senderNumber}/contact` (the body is the contact): the new person replaces the old one. */
export class ReplaceTechnicalContactCommand extends InEnterprise(SenderTarget, TechnicalContact) {
  @ExpectedVersionField()
  expectedVersion?: string;
}

export const ReplaceTechnicalContact = defineMessage<ReplaceTechnicalContactCommand, SenderView>(
  'sender.v1.contact.replace',
  ReplaceTechnicalContactCommand,
);
