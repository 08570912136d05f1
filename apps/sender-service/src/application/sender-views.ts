import type { CertificateView, ChannelView, RestAccountView, SenderView, TechnicalContactView } from '@chaman/contracts';
import type { Certificate } from '../persistence/certificate.entity';
import type { Channel } from '../persistence/channel.entity';
import type { RestAccount } from '../persistence/rest-account.entity';
import type { ContactDetails } from '../persistence/sender.entity';
import type { SenderRow } from '../persistence/sender-row';

export function contactView(contact: ContactDetails): TechnicalContactView {
  const { firstName, lastName, email, phone, language } = contact;
  return { firstName, lastName, email, ...(phone ? { phone } : {}), language };
}

export function senderView(sender: SenderRow): SenderView {
  return {
    senderNumber: sender.senderNumber,
    enterpriseNumber: sender.enterpriseNumber,
    quality: sender.quality,
    contact: contactView(sender.contact),
    createdAt: sender.createdAt.toISOString(),
    updatedAt: sender.updatedAt.toISOString(),
    ...(sender.closedAt ? { closedAt: sender.closedAt.toISOString() } : {}),
  };
}

export function channelView(channel: Channel): ChannelView {
  return {
    id: channel.id,
    senderNumber: channel.sender.senderNumber,
    enterpriseNumber: channel.sender.enterpriseNumber,
    type: channel.type,
    ...(channel.sshPublicKey ? { sshPublicKey: channel.sshPublicKey, sshKeyFingerprint: channel.sshKeyFingerprint ?? undefined } : {}),
    createdAt: channel.createdAt.toISOString(),
  };
}

export function restAccountView(account: RestAccount): RestAccountView {
  return {
    id: account.id,
    senderNumber: account.sender.senderNumber,
    enterpriseNumber: account.sender.enterpriseNumber,
    quality: account.sender.quality,
    name: account.name,
    environment: account.environment,
    scopes: [...account.scopes],
    clientId: account.clientId,
    createdAt: account.createdAt.toISOString(),
    ...(account.closedAt ? { closedAt: account.closedAt.toISOString() } : {}),
  };
}

export function certificateView(certificate: Certificate): CertificateView {
  return {
    id: certificate.id,
    restAccountId: certificate.restAccount.id,
    name: certificate.name,
    fingerprint: certificate.fingerprint,
    subject: certificate.subject,
    issuer: certificate.issuer,
    serialNumber: certificate.serialNumber,
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    ownerEnterpriseNumber: certificate.ownerEnterpriseNumber,
    status: certificate.status,
    createdAt: certificate.createdAt.toISOString(),
    ...(certificate.deactivatedAt ? { deactivatedAt: certificate.deactivatedAt.toISOString() } : {}),
  };
}
