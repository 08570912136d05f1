import type { EntityManager } from '@mikro-orm/postgresql';
import { enterpriseLabel } from '../domain/letter';
import { enterpriseName } from '../persistence/projection';

/** `Name (number)` of an enterprise, as known from the access-service's events. */
export async function labelOf(em: EntityManager, enterpriseNumber: string): Promise<string> {
  return enterpriseLabel(enterpriseNumber, await enterpriseName(em, enterpriseNumber));
}
