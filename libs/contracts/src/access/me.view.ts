import type { Quality } from '../enterprise/quality';
import type { Position } from './position';

/**
 * Whether the enterprise still has to create its sender in one quality (what the first connection proposes).
 * `senderToCreate` is `null` when the sender-service did not answer: unknown, not "no".
 */
export interface SenderStatus {
  quality: Quality;
  senderToCreate: boolean | null;
  senderNumber?: string;
}

export interface MyEnterprise {
  enterpriseNumber: string;
  name: string;
  qualities: Quality[];
  position: Position;
  holdsTechnicalChannelsRight: boolean;
  senders: SenderStatus[];
}

/** `GET /me`: the person and every enterprise they hold a position in. */
export interface MeView {
  userId: string;
  name?: string;
  email?: string;
  isOperator: boolean;
  enterprises: MyEnterprise[];
  /** False when the sender-service could not be asked: every `senderToCreate` is then `null`. */
  sendersKnown: boolean;
}
