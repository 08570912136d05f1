import { DeskController } from './desk.controller';
import { EnterprisesDeskController } from './enterprises-desk.controller';
import { ParkedEventsController } from './parked-events.controller';

/** The operator's desk routes (`/admin/…`, platform operators alone). */
export const ADMIN_CONTROLLERS = [EnterprisesDeskController, DeskController, ParkedEventsController];
