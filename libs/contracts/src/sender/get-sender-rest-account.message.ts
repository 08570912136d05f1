import { IsUUID } from 'class-validator';
import { defineMessage } from '../bus/message';
import type { RestAccountView } from './rest-account.view';
import { SenderScoped } from './sender-scopes';

/** `GET …/senders/{senderNumber}/rest-accounts/{accountId}`: the account of the acting enterprise's sender. */
export class GetSenderRestAccountRequest extends SenderScoped {
  @IsUUID()
  restAccountId!: string;
}

export const GetSenderRestAccount = defineMessage<GetSenderRestAccountRequest, RestAccountView>(
  'sender.v1.sender-rest-account.get',
  GetSenderRestAccountRequest,
);
