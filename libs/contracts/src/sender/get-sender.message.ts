import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { SenderTarget } from './sender-targets';
import type { SenderDetail } from './sender.view';

/** The sender of the acting enterprise with what may be done on it now, or `resourceNotFound`. */
export class GetSenderRequest extends InEnterprise(SenderTarget, NoInput) {}

export const GetSender = defineMessage<GetSenderRequest, SenderDetail>('sender.v1.sender.get', GetSenderRequest);
