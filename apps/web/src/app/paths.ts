/** Every address of the application in one place, so links and routes cannot drift apart. */
const e = (cbe: string) => `/e/${encodeURIComponent(cbe)}`;

export const paths = {
  home: '/',
  enterprise: (cbe: string) => e(cbe),
  createSender: (cbe: string, quality: string) => `${e(cbe)}/senders/new?quality=${encodeURIComponent(quality)}`,
  sender: (cbe: string, senderNumber: string) => `${e(cbe)}/senders/${senderNumber}`,
  replaceContact: (cbe: string, senderNumber: string) => `${e(cbe)}/senders/${senderNumber}/contact`,
  addChannel: (cbe: string, senderNumber: string) => `${e(cbe)}/senders/${senderNumber}/channels/new`,
  createRestAccount: (cbe: string, senderNumber: string) => `${e(cbe)}/senders/${senderNumber}/rest-accounts/new`,
  restAccount: (cbe: string, accountId: string, senderNumber?: string) =>
    `${e(cbe)}/rest-accounts/${accountId}${senderNumber ? `?sender=${senderNumber}` : ''}`,
  addCertificate: (cbe: string, accountId: string, senderNumber?: string) =>
    `${e(cbe)}/rest-accounts/${accountId}/certificates/new${senderNumber ? `?sender=${senderNumber}` : ''}`,
  members: (cbe: string) => `${e(cbe)}/members`,
  addMember: (cbe: string) => `${e(cbe)}/members/new`,
  delegations: (cbe: string) => `${e(cbe)}/delegations`,
  requestDelegation: (cbe: string) => `${e(cbe)}/delegations/new`,
  delegation: (cbe: string, id: string) => `${e(cbe)}/delegations/${id}`,
  webhooks: (cbe: string) => `${e(cbe)}/webhooks`,
  registerEnterprise: '/operator/enterprises/new',
  confirmDelegationAction: (cbe: string, id: string, action: string) => `${e(cbe)}/delegations/${id}/${action.toLowerCase()}`,
  removeCertificate: (cbe: string, accountId: string, certificateId: string, senderNumber?: string) =>
    `${e(cbe)}/rest-accounts/${accountId}/certificates/${certificateId}/remove${senderNumber ? `?sender=${senderNumber}` : ''}`,
  deleteWebhook: (cbe: string, webhookId: string) => `${e(cbe)}/webhooks/${webhookId}/delete`,
  accessibility: '/accessibility',
  privacy: '/privacy',
  help: '/help',
  audit: (cbe: string) => `${e(cbe)}/audit`,
  desk: '/operator/desk',
  deskEnterprise: (cbe: string) => `/operator/desk/enterprises/${encodeURIComponent(cbe)}`,
  closeRestAccount: (cbe: string, senderNumber: string, accountId: string) =>
    `${e(cbe)}/senders/${senderNumber}/rest-accounts/${accountId}/close`,
  closeChannel: (cbe: string, senderNumber: string, channelId: string) => `${e(cbe)}/senders/${senderNumber}/channels/${channelId}/close`,
  replaceSftpKey: (cbe: string, senderNumber: string, channelId: string) => `${e(cbe)}/senders/${senderNumber}/channels/${channelId}/key`,
  closeSender: (cbe: string, senderNumber: string) => `${e(cbe)}/senders/${senderNumber}/close`,
  handOverChief: (cbe: string) => `${e(cbe)}/members/chief`,
  deskHandOverChief: (cbe: string) => `/operator/desk/enterprises/${encodeURIComponent(cbe)}/chief`,
};
