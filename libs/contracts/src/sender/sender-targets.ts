import { IsUUID } from 'class-validator';
import { IsSenderNumber } from './sender-number';

/** `/enterprises/{cbe}/senders/{senderNumber}`. */
export class SenderTarget {
  @IsSenderNumber()
  senderNumber!: string;
}

/** `/enterprises/{cbe}/senders/{senderNumber}/rest-accounts/{accountId}`. */
export class SenderRestAccountTarget extends SenderTarget {
  @IsUUID()
  accountId!: string;
}

/** `/enterprises/{cbe}/rest-accounts/{accountId}`. */
export class RestAccountTarget {
  @IsUUID()
  accountId!: string;
}

/** `/enterprises/{cbe}/rest-accounts/{accountId}/certificates/{certificateId}`. */
export class CertificateTarget extends RestAccountTarget {
  @IsUUID()
  certificateId!: string;
}

/** `/enterprises/{cbe}/senders/{senderNumber}/channels/{channelId}`. */
export class SenderChannelTarget extends SenderTarget {
  @IsUUID()
  channelId!: string;
}
