import { defineMessage } from '../bus/message';
import { SenderScoped } from './sender-scopes';
import type { SenderView } from './sender.view';

/** The sender of the acting enterprise, or `resourceNotFound`. */
export class GetSenderRequest extends SenderScoped {}

export const GetSender = defineMessage<GetSenderRequest, SenderView>('sender.v1.sender.get', GetSenderRequest);
