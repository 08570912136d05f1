import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { defineMessage } from '../bus/message';
import { SenderScoped } from './sender-scopes';
import type { SenderView } from './sender.view';
import { TechnicalContact } from './technical-contact.dto';

/** `PUT …/senders/{senderNumber}/contact` (the body is the contact): the new person replaces the old one. */
export class ReplaceTechnicalContactCommand extends SenderScoped {
  @IsObject()
  @ValidateNested()
  @Type(() => TechnicalContact)
  contact!: TechnicalContact;
}

export const ReplaceTechnicalContact = defineMessage<ReplaceTechnicalContactCommand, SenderView>(
  'sender.v1.contact.replace',
  ReplaceTechnicalContactCommand,
);
