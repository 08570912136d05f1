import { AuditController } from './audit.controller';

/** The audit routes: an enterprise's trail, as pages and as CSV. */
export const AUDIT_CONTROLLERS = [AuditController];
