import {
  type MemberRightData,
  type Position,
  type RightDecision,
  TECHNICAL_CHANNELS_PERMISSION,
  technicalChannelsRight,
} from '@chaman/contracts';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Contact } from '../domain/manager-contacts';
import { MAX_CONTACTS } from '../domain/manager-contacts';
import { EnterpriseRecord } from './enterprise.entity';
import { MemberRecord } from './member.entity';
import { PermissionDecisionRecord } from './permission-decision.entity';

export function findMember(em: EntityManager, enterpriseNumber: string, userId: string): Promise<MemberRecord | null> {
  return em.findOne(MemberRecord, { enterpriseNumber, userId });
}

export function findRightDecision(em: EntityManager, enterpriseNumber: string, userId: string): Promise<PermissionDecisionRecord | null> {
  return em.findOne(PermissionDecisionRecord, { enterpriseNumber, userId, permission: TECHNICAL_CHANNELS_PERMISSION });
}

/** Serialises every change to one enterprise's members behind its row, so rules see committed positions. */
export function lockEnterprise(em: EntityManager, enterpriseNumber: string): Promise<EnterpriseRecord | null> {
  return em.findOne(EnterpriseRecord, { enterpriseNumber }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

export async function enterpriseExists(em: EntityManager, enterpriseNumber: string): Promise<boolean> {
  return (await em.count(EnterpriseRecord, { enterpriseNumber })) > 0;
}

/** The managers holding one of `positions`, most senior first, never the person asking. */
export async function contactsOf(
  em: EntityManager,
  enterpriseNumber: string,
  positions: Position[],
  excludedUserId: string,
): Promise<Contact[]> {
  if (positions.length === 0) return [];
  return em.execute<Contact[]>(
    `select name, email, position from member
      where enterprise_number = ? and position in (?) and user_id <> ?
      order by case position when 'CHIEF_ACCESS_MANAGER' then 0 when 'ACCESS_MANAGER' then 1 else 2 end, name, user_id
      limit ?`,
    [enterpriseNumber, positions, excludedUserId, MAX_CONTACTS],
  );
}

/** The member's right as member events carry it (`technicalChannels`): a rebuilt copy needs no older event to know it. */
export function memberRightData(position: Position, record: PermissionDecisionRecord | null): MemberRightData {
  const { held, basis, decidedBy, decidedAt } = technicalChannelsRight(position, asRightDecision(record));
  return { held, basis, ...(decidedBy && decidedAt ? { decidedBy, decidedAt: decidedAt.toISOString() } : {}) };
}

export const asRightDecision = (record: PermissionDecisionRecord | null): RightDecision | null =>
  record ? { granted: record.granted, decidedBy: record.decidedBy, decidedAt: record.decidedAt } : null;
