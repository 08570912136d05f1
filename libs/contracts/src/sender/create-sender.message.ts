import { Type } from 'class-transformer';
import { IsEnum, IsObject, ValidateNested } from 'class-validator';
import { Actor, ActorField } from '../bus/actor.dto';
import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
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

export class CreateSenderCommand extends CreateSenderBody {
  @ActorField()
  actor!: Actor;

  @IsEnterpriseNumber()
  enterpriseNumber!: string;
}

export const CreateSender = defineMessage<CreateSenderCommand, SenderView>('sender.v1.sender.create', CreateSenderCommand);
