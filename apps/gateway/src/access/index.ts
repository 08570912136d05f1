import { ChiefController } from './chief.controller';
import { EnterprisesController } from './enterprises.controller';
import { MeController } from './me.controller';
import { MembersController } from './members.controller';
import { PermissionsController } from './permissions.controller';

/** The access routes: the person, enterprises, members and their rights. */
export const ACCESS_CONTROLLERS = [MeController, EnterprisesController, MembersController, PermissionsController, ChiefController];
