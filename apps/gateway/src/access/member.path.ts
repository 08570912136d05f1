import { MemberTarget, PermissionTarget } from '@chaman/contracts';
import { EnterprisePathOf } from '../http/enterprise.path';

/** `/enterprises/{cbe}/members/{userId}` */
export class MemberPath extends EnterprisePathOf(MemberTarget) {}

/** `/enterprises/{cbe}/members/{userId}/permissions/{permission}` */
export class PermissionPath extends EnterprisePathOf(PermissionTarget) {}
