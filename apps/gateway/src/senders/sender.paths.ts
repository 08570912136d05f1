import { CertificateTarget, RestAccountTarget, SenderChannelTarget, SenderRestAccountTarget, SenderTarget } from '@chaman/contracts';
import { EnterprisePathOf } from '../http/enterprise.path';

/** `/enterprises/{cbe}/senders/{senderNumber}` */
export class SenderPath extends EnterprisePathOf(SenderTarget) {}

/** `/enterprises/{cbe}/senders/{senderNumber}/rest-accounts/{accountId}` */
export class SenderRestAccountPath extends EnterprisePathOf(SenderRestAccountTarget) {}

/** `/enterprises/{cbe}/rest-accounts/{accountId}` */
export class RestAccountPath extends EnterprisePathOf(RestAccountTarget) {}

/** `/enterprises/{cbe}/rest-accounts/{accountId}/certificates/{certificateId}` */
export class CertificatePath extends EnterprisePathOf(CertificateTarget) {}

/** `/enterprises/{cbe}/senders/{senderNumber}/channels/{channelId}` */
export class SenderChannelPath extends EnterprisePathOf(SenderChannelTarget) {}
