import type { DelegationView } from '@chaman/contracts';
import { queryPrepared } from '@chaman/platform';
import type { MikroORM } from '@mikro-orm/core';
import { type DelegationRow, VIEW_COLUMNS, viewOfRow } from './delegation-page';

const DELEGATION_BY_ID = { name: 'delegation_by_id', text: `select ${VIEW_COLUMNS} from delegation where id = $1` };

/** One delegation by its id, whoever asks (the services confirming an event's word): a prepared read, no entity. */
export async function delegationById(orm: MikroORM, id: string): Promise<DelegationView | null> {
  const [row] = await queryPrepared<DelegationRow>(orm, DELEGATION_BY_ID, [id]);
  return row ? viewOfRow(row) : null;
}
