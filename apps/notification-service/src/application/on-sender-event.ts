import {
  type CertificateChangedData,
  type ChannelAddedData,
  type CloudEvent,
  type ContactReplacedData,
  type RestAccountCreatedData,
  type SenderCreatedData,
  SenderEvents,
} from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  certificateExpired,
  certificateExpiring,
  certificateChanged,
  channelAdded,
  contactAppointed,
  contactReplaced,
  restAccountCreated,
} from '../domain/messages';
import type { CertificateChange } from '../domain/messages';
import { certificateAlerts } from '../domain/notice-schedule';
import { cancelNotices } from '../persistence/notice-store';
import { restAccountById, saveRestAccount, saveSender, senderByNumber } from '../persistence/projection';
import { ContactVerifications } from './contact-verifications';
import { DueNotices } from './due-notices';
import { MailWriter } from './mail-writer';
import { OnSenderClosure } from './on-sender-closure';
import { labelOf } from './party-labels';
import { Recipients } from './recipients';

const CERTIFICATE_CHANGES: Record<string, CertificateChange> = {
  [SenderEvents.certificateRegistered.type]: 'registered',
  [SenderEvents.certificateRemoved.type]: 'removed',
  [SenderEvents.certificateDeactivated.type]: 'deactivated',
};

/** Keeps the contacts and accounts of senders, and tells technical contacts what changed on their sender. */
@Injectable()
export class OnSenderEvent {
  constructor(
    private readonly mail: MailWriter,
    private readonly recipients: Recipients,
    private readonly notices: DueNotices,
    private readonly closures: OnSenderClosure,
    private readonly verifications: ContactVerifications,
  ) {}

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    switch (event.type) {
      case SenderEvents.senderCreated.type:
        return this.senderCreated(event as CloudEvent<SenderCreatedData>, em);
      case SenderEvents.contactReplaced.type:
        return this.contactReplaced(event as CloudEvent<ContactReplacedData>, em);
      case SenderEvents.channelAdded.type:
        return this.channelAdded(event as CloudEvent<ChannelAddedData>, em);
      case SenderEvents.restAccountCreated.type:
        return this.restAccountCreated(event as CloudEvent<RestAccountCreatedData>, em);
      case SenderEvents.restAccountClosed.type:
      case SenderEvents.channelClosed.type:
      case SenderEvents.sftpKeyReplaced.type:
      case SenderEvents.senderClosed.type:
        return this.closures.handle(event, em);
      default:
        if (CERTIFICATE_CHANGES[event.type])
          return this.certificateChanged(event as CloudEvent<CertificateChangedData>, CERTIFICATE_CHANGES[event.type], em);
    }
  }

  private async senderCreated({ id, data }: CloudEvent<SenderCreatedData>, em: EntityManager): Promise<void> {
    const { sender } = data;
    await saveSender(em, sender);
    await this.verifications.request(em, sender, id);
    const facts = { senderNumber: sender.senderNumber, enterprise: await labelOf(em, sender.enterpriseNumber), quality: sender.quality };
    await this.mail.write(em, id, [this.recipients.contactOf(sender)], contactAppointed, facts);
  }

  /** The same address kept (a corrected name or phone) is no new person: nobody is told. */
  private async contactReplaced({ id, data }: CloudEvent<ContactReplacedData>, em: EntityManager): Promise<void> {
    const { sender, previousContact } = data;
    await saveSender(em, sender);
    if (previousContact.email.toLowerCase() === sender.contact.email.toLowerCase()) return;
    await this.verifications.request(em, sender, id);
    const enterprise = await labelOf(em, sender.enterpriseNumber);
    const newContactName = `${sender.contact.firstName} ${sender.contact.lastName}`;
    const previous = {
      email: previousContact.email,
      name: `${previousContact.firstName} ${previousContact.lastName}`,
      language: previousContact.language,
      contactOf: sender.senderNumber,
    };
    await this.mail.write(em, id, [previous], contactReplaced, { senderNumber: sender.senderNumber, enterprise, newContactName });
    await this.mail.write(em, id, [this.recipients.contactOf(sender)], contactAppointed, {
      senderNumber: sender.senderNumber,
      enterprise,
      quality: sender.quality,
    });
  }

  private async channelAdded({ id, data }: CloudEvent<ChannelAddedData>, em: EntityManager): Promise<void> {
    const { channel } = data;
    const sender = await senderByNumber(em, channel.senderNumber);
    const recipients = sender ? [this.recipients.contactOf(sender)] : await this.recipients.accessManagersOf(em, channel.enterpriseNumber);
    await this.mail.write(em, id, recipients, channelAdded, {
      senderNumber: channel.senderNumber,
      enterprise: await labelOf(em, channel.enterpriseNumber),
      channelType: channel.type,
    });
  }

  private async restAccountCreated({ id, data }: CloudEvent<RestAccountCreatedData>, em: EntityManager): Promise<void> {
    const { restAccount: account } = data;
    await saveRestAccount(em, account);
    const sender = await senderByNumber(em, account.senderNumber);
    const recipients = sender ? [this.recipients.contactOf(sender)] : await this.recipients.accessManagersOf(em, account.enterpriseNumber);
    await this.mail.write(em, id, recipients, restAccountCreated, {
      senderNumber: account.senderNumber,
      enterprise: await labelOf(em, account.enterpriseNumber),
      accountName: account.name,
      environment: account.environment,
      clientId: account.clientId,
    });
  }

  /** A certificate concerns its owner (only an intermediary sees its own): its contact is told, and warned before expiry. */
  private async certificateChanged(
    { id, data }: CloudEvent<CertificateChangedData>,
    change: CertificateChange,
    em: EntityManager,
  ): Promise<void> {
    const { certificate } = data;
    const account = await restAccountById(em, certificate.restAccountId);
    const accountEnterprise = account?.enterpriseNumber ?? certificate.ownerEnterpriseNumber;
    const common = {
      certificateName: certificate.name,
      fingerprint: certificate.fingerprint,
      notAfter: certificate.notAfter,
      accountName: account?.name ?? certificate.restAccountId,
      enterprise: await labelOf(em, accountEnterprise),
    };
    const recipients = await this.recipients.ofCertificateOwner(em, certificate.restAccountId, certificate.ownerEnterpriseNumber);
    await this.mail.write(em, id, recipients, certificateChanged, {
      ...common,
      change,
      owner: await labelOf(em, certificate.ownerEnterpriseNumber),
    });

    const groupKey = `certificate:${certificate.id}`;
    if (change !== 'registered') return cancelNotices(em, groupKey);
    const audience = {
      kind: 'certificate-owner' as const,
      restAccountId: certificate.restAccountId,
      ownerEnterpriseNumber: certificate.ownerEnterpriseNumber,
    };
    await this.notices.plan(
      em,
      certificateAlerts(new Date(certificate.notAfter)).map((alert) => ({
        key: `${groupKey}:${alert.stage}`,
        groupKey,
        template: alert.stage === 'expiry-0d' ? certificateExpired : certificateExpiring,
        dueAt: alert.dueAt,
        audience,
        facts: { ...common, daysLeft: Number(alert.stage.replace(/\D/g, '')) },
      })),
    );
    await this.notices.settleGroup(em, groupKey);
  }
}
