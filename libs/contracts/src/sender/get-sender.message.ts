import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { SenderTarget } from './sender-targets';
import type { SenderView } from './sender.view';

/** The sender of the acting enterprise, or `resourceNotFound`. */
export class GetSenderQuery extends InEnterprise(SenderTarget, NoInput) {}

export const GetSender = defineMessage<GetSenderQuery, SenderView>('sender.v1.sender.get', GetSenderQuery);
