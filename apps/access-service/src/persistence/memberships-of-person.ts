import { type RightDecision } from '@chaman/access-policy';
import { type ExistingSender, type Position, type Quality, TECHNICAL_CHANNELS_PERMISSION } from '@chaman/contracts';
import { type PreparedStatement, queryPrepared } from '@chaman/platform';
import type { MikroORM } from '@mikro-orm/core';

/** One enterprise of a person, with their position and the explicit decision on their right (if any). */
export interface Membership {
  enterpriseNumber: string;
  name: string;
  qualities: Quality[];
  position: Position;
  decision: RightDecision | null;
  /** The enterprise's senders this service has learned of (from the sender events). */
  senders: ExistingSender[];
}

interface MembershipRow {
  enterpriseNumber: string;
  name: string;
  qualities: Quality[];
  position: Position;
  granted: boolean | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  senders: ExistingSender[];
}

const MEMBERSHIPS_OF_PERSON: PreparedStatement = {
  name: 'memberships_of_person',
  text: `select m.enterprise_number as "enterpriseNumber", e.name, e.qualities, m.position,
            d.granted, d.decided_by as "decidedBy", d.decided_at as "decidedAt",
            coalesce((select json_agg(json_build_object('enterpriseNumber', s.enterprise_number, 'quality', s.quality, 'senderNumber', s.sender_number))
                        from known_sender s where s.enterprise_number = m.enterprise_number), '[]') as senders
       from member m
       join enterprise e on e.enterprise_number = m.enterprise_number
       left join permission_decision d on d.enterprise_number = m.enterprise_number and d.user_id = m.user_id and d.permission = $1
      where m.user_id = $2
      order by m.enterprise_number
      limit $3`,
};

/** A person's memberships and their enterprises' known senders in one prepared statement (`GET /me` runs on every page load). */
export async function membershipsOf(orm: MikroORM, userId: string, limit: number): Promise<Membership[]> {
  const rows = await queryPrepared<MembershipRow>(orm, MEMBERSHIPS_OF_PERSON, [TECHNICAL_CHANNELS_PERMISSION, userId, limit]);
  return rows.map(({ granted, decidedBy, decidedAt, ...membership }) => ({
    ...membership,
    decision: granted === null ? null : { granted, decidedBy: decidedBy!, decidedAt: decidedAt! },
  }));
}
