import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { RestEnvironment, type RestAccountView } from './rest-account.view';
import { SenderTarget } from './sender-targets';
import { SCOPE_PATTERN } from '../validation/patterns';

export { SCOPE_PATTERN } from '../validation/patterns';

/** Body of `POST …/senders/{senderNumber}/rest-accounts`. */
export class CreateRestAccountBody {
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(100)
  name!: string;

  @IsEnum(RestEnvironment)
  environment!: RestEnvironment;

  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(SCOPE_PATTERN, { each: true, message: 'each scope must be a letter then up to 99 letters, digits or . _ : / -' })
  scopes!: string[];
}

/** `POST …/senders/{senderNumber}/rest-accounts`. */
export class CreateRestAccountCommand extends InEnterprise(SenderTarget, CreateRestAccountBody) {}

export const CreateRestAccount = defineMessage<CreateRestAccountCommand, RestAccountView>(
  'sender.v1.rest-account.create',
  CreateRestAccountCommand,
);
