import { IsEnterpriseNumber, IsSenderNumber } from '@chaman/contracts';
import { IsUUID } from 'class-validator';

/** `/enterprises/{cbe}/senders/{senderNumber}` */
export class SenderPath {
  @IsEnterpriseNumber()
  cbe!: string;

  @IsSenderNumber()
  senderNumber!: string;
}

/** `/enterprises/{cbe}/senders/{senderNumber}/rest-accounts/{accountId}` */
export class SenderRestAccountPath extends SenderPath {
  @IsUUID()
  accountId!: string;
}

/** `/enterprises/{cbe}/rest-accounts/{accountId}` */
export class RestAccountPath {
  @IsEnterpriseNumber()
  cbe!: string;

  @IsUUID()
  accountId!: string;
}

/** `/enterprises/{cbe}/rest-accounts/{accountId}/certificates/{certificateId}` */
export class CertificatePath extends RestAccountPath {
  @IsUUID()
  certificateId!: string;
}
