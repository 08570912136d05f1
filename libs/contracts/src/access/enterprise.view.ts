import type { Quality } from '../enterprise/quality';

/** An enterprise as other services and clients see it. */
export interface EnterpriseView {
  enterpriseNumber: string;
  name: string;
  qualities: Quality[];
  registeredAt: string;
}
