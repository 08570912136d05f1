import type { Quality } from '../enterprise/quality';

export enum RestEnvironment {
  ACCEPTANCE = 'ACCEPTANCE',
  PRODUCTION = 'PRODUCTION',
}

/** A REST account as other services and clients see it. */
export interface RestAccountView {
  id: string;
  senderNumber: string;
  enterpriseNumber: string;
  quality: Quality;
  name: string;
  environment: RestEnvironment;
  scopes: string[];
  clientId: string;
  createdAt: string;
}
