import {
  type ChannelClosedData,
  type CloudEvent,
  type RestAccountClosedData,
  type SenderClosedData,
  SenderEvents,
  type SftpKeyReplacedData,
} from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { channelClosed, restAccountClosed, senderClosed, sftpKeyReplaced } from '../domain/messages';
import { senderByNumber } from '../persistence/projection';
import { MailWriter } from './mail-writer';
import { labelOf } from './party-labels';
import { type Recipient, Recipients } from './recipients';

/**
 * Tells the technical contact what stopped when a REST account, a channel or a sender closes, or an SFTP key is
 * replaced. The intermediaries of a closed account hear of it by the delegation's own `account-closed` outcome.
 * A sender's closure closes its accounts and channels with events of their own: the contact gets one mail for the
 * sender, not one per thing it held.
 */
@Injectable()
export class OnSenderClosure {
  constructor(
    private readonly mail: MailWriter,
    private readonly recipients: Recipients,
  ) {}

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    switch (event.type) {
      case SenderEvents.restAccountClosed.type: {
        const { restAccount, intermediaryEnterpriseNumbers, closedWithSender } = event.data as RestAccountClosedData;
        if (closedWithSender) return;
        const facts = { senderNumber: restAccount.senderNumber, enterprise: await labelOf(em, restAccount.enterpriseNumber) };
        await this.mail.write(
          em,
          event.id,
          await this.contactOf(em, restAccount.senderNumber, restAccount.enterpriseNumber),
          restAccountClosed,
          {
            ...facts,
            accountName: restAccount.name,
            clientId: restAccount.clientId,
            delegations: intermediaryEnterpriseNumbers.length,
          },
        );
        return;
      }
      case SenderEvents.channelClosed.type:
      case SenderEvents.sftpKeyReplaced.type: {
        const { channel } = event.data as ChannelClosedData | SftpKeyReplacedData;
        if ((event.data as ChannelClosedData).closedWithSender) return;
        const replaced = event.type === SenderEvents.sftpKeyReplaced.type;
        await this.mail.write(
          em,
          event.id,
          await this.contactOf(em, channel.senderNumber, channel.enterpriseNumber),
          replaced ? sftpKeyReplaced : channelClosed,
          {
            senderNumber: channel.senderNumber,
            enterprise: await labelOf(em, channel.enterpriseNumber),
            channelType: channel.type,
            ...(replaced ? { fingerprint: channel.sshKeyFingerprint } : {}),
          },
        );
        return;
      }
      case SenderEvents.senderClosed.type: {
        const { sender, closedRestAccountIds, closedChannelIds } = event.data as SenderClosedData;
        await this.mail.write(em, event.id, [this.recipients.contactOf(sender)], senderClosed, {
          senderNumber: sender.senderNumber,
          enterprise: await labelOf(em, sender.enterpriseNumber),
          accounts: closedRestAccountIds.length,
          channels: closedChannelIds.length,
        });
      }
    }
  }

  private async contactOf(em: EntityManager, senderNumber: string, enterpriseNumber: string): Promise<Recipient[]> {
    const sender = await senderByNumber(em, senderNumber);
    return sender ? [this.recipients.contactOf(sender)] : this.recipients.accessManagersOf(em, enterpriseNumber);
  }
}
