import { DeskController } from './desk.controller';

/** The operator's desk routes (`/admin/…`, platform operators alone). */
export const ADMIN_CONTROLLERS = [DeskController];
