import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { SenderTarget } from './sender-targets';
import type { SenderView } from './sender.view';

/**
 * `POST …/senders/{senderNumber}/close`: the sender and all it holds stop (its channels close, its REST accounts
 * close as by `CloseRestAccount`); it stays readable and its number is never given again.
 */
export class CloseSenderCommand extends InEnterprise(SenderTarget, NoInput) {}

export const CloseSender = defineMessage<CloseSenderCommand, SenderView>('sender.v1.sender.close', CloseSenderCommand);
