import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { SenderTarget } from './sender-targets';
import type { SenderDetail } from './sender.view';

/** The sender of the acting enterprise with what may be done on it now, or `resourceNotFound`. */
export class GetSenderQuery extends InEnterprise(SenderTarget, NoInput) {}

export const GetSender = defineMessage<GetSenderQuery, SenderDetail>('sender.v1.sender.get', GetSenderQuery);
