import type { Type } from '@nestjs/common';
import { ACCESS_CONTROLLERS } from './access';
import { AUDIT_CONTROLLERS } from './audit';
import { ADMIN_CONTROLLERS } from './admin';
import { CONTACT_VERIFICATION_CONTROLLERS } from './contact-verifications';
import { DELEGATION_CONTROLLERS } from './delegations';
import { SENDER_CONTROLLERS } from './senders';
import { TOKEN_CONTROLLERS } from './tokens';
import { WEBHOOK_CONTROLLERS } from './webhooks';

/** Every route controller of the API, one folder per domain; the module mounts them under /api/v1. */
export const ROUTE_CONTROLLERS: Type<unknown>[] = [
  ...ACCESS_CONTROLLERS,
  ...SENDER_CONTROLLERS,
  ...DELEGATION_CONTROLLERS,
  ...WEBHOOK_CONTROLLERS,
  ...TOKEN_CONTROLLERS,
  ...AUDIT_CONTROLLERS,
  ...ADMIN_CONTROLLERS,
  ...CONTACT_VERIFICATION_CONTROLLERS,
];
