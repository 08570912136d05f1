import { Type } from 'class-transformer';
import { IsEnum, IsObject, ValidateNested } from 'class-validator';
import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { Quality } from '../enterprise/quality';
import type { SenderView } from './sender.view';
import { TechnicalContact } from './technical-contact.dto';

/** Body of `POST /enterprises/{cbe}/senders`. */
export class CreateSenderBody {
  @IsEnum(Quality)
  quality!: Quality;

  @IsObject()
  @ValidateNested()
  @Type(() => TechnicalContact)
  contact!: TechnicalContact;
}

/** `POST /enterprises/{cbe}/senders`. */
export class CreateSenderCommand extends InEnterprise(NoTarget, CreateSenderBody) {}

export const CreateSender = defineMessage<CreateSenderCommand, SenderView>('sender.v1.sender.create', CreateSenderCommand);
