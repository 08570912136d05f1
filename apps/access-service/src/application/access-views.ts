import { type RightDecision, technicalChannelsRight } from '@chaman/access-policy';
import { type EnterpriseView, type MemberView, type PermissionView, TECHNICAL_CHANNELS_PERMISSION } from '@chaman/contracts';
import type { Member } from '../domain/member';
import type { EnterpriseRecord } from '../persistence/enterprise.entity';

export function enterpriseView(record: EnterpriseRecord): EnterpriseView {
  return {
    enterpriseNumber: record.enterpriseNumber,
    name: record.name,
    qualities: record.qualities,
    registeredAt: record.registeredAt.toISOString(),
  };
}

export function permissionView(member: Member, decision: RightDecision | null): PermissionView {
  const right = technicalChannelsRight(member.position, decision);
  return {
    enterpriseNumber: member.enterpriseNumber,
    userId: member.userId,
    permission: TECHNICAL_CHANNELS_PERMISSION,
    held: right.held,
    basis: right.basis,
    ...(right.decidedBy ? { decidedBy: right.decidedBy } : {}),
    ...(right.decidedAt ? { decidedAt: right.decidedAt.toISOString() } : {}),
  };
}

export function memberView(member: Member, decision: RightDecision | null): MemberView {
  const technicalChannelsRight = permissionView(member, decision);
  return {
    enterpriseNumber: member.enterpriseNumber,
    userId: member.userId,
    name: member.name,
    email: member.email,
    position: member.position,
    holdsTechnicalChannelsRight: technicalChannelsRight.held,
    technicalChannelsRight,
    appointedBy: member.appointedBy,
    appointedAt: member.appointedAt.toISOString(),
    updatedAt: member.updatedAt.toISOString(),
  };
}
