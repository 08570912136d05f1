/** One CPAS's sender 100001 as the API answers it, with a SOAP channel and a REST account: the sender screens' tests. */
export const CPAS = '0123456749';
export const SENDER = `/api/v1/enterprises/${CPAS}/senders/100001`;

export const sender = {
  senderNumber: '100001',
  enterpriseNumber: CPAS,
  quality: 'CPAS',
  contact: { firstName: 'Léa', lastName: 'Lambert', email: 'lea@example.be', language: 'fr' },
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

export const account = {
  id: '0195a3b0-1111-7222-8333-944455566677',
  senderNumber: '100001',
  enterpriseNumber: CPAS,
  quality: 'CPAS',
  name: 'Aide sociale',
  environment: 'PRODUCTION',
  scopes: [],
  clientId: 'chaman-client-1',
  createdAt: '2026-12-01T00:00:00.000Z',
};

export const channel = {
  id: '0195a3b0-2222-7222-8333-944455566677',
  senderNumber: '100001',
  enterpriseNumber: CPAS,
  type: 'SOAP',
  createdAt: '2026-12-01T00:00:00.000Z',
};
