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
  closeRestAccount: (cbe: string, senderNumber: string, accountId: string) => `${e(cbe)}/senders/${senderNumber}/rest-accounts/${accountId}/close`,
};
