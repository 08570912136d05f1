import { Position, type RightBasis } from '@chaman/contracts';
import { isAccessManager } from './position-rules';

/** The last explicit decision on a member's right: a grant (or restored default) or a revocation. */
export interface RightDecision {
  granted: boolean;
  decidedBy: string;
  decidedAt: Date;
}

export interface RightState {
  held: boolean;
  basis: RightBasis;
  decidedBy?: string;
  decidedAt?: Date;
}

/**
 * Whether a member holds `chaman.technical-channels`: automatic for (chief) access managers whatever was
 * decided; a group manager's by default unless withdrawn; a user's only through an explicit grant.
 */
export function technicalChannelsRight(position: Position, decision: RightDecision | null): RightState {
  if (isAccessManager(position)) return { held: true, basis: 'POSITION' };
  if (!decision) return position === Position.GROUP_MANAGER ? { held: true, basis: 'DEFAULT' } : { held: false, basis: 'NONE' };
  const decided = { decidedBy: decision.decidedBy, decidedAt: decision.decidedAt };
  return decision.granted ? { held: true, basis: 'GRANT', ...decided } : { held: false, basis: 'REVOKED', ...decided };
}

/** The reason an authorisation quotes for a held right (or the history of a missing one). */
export function describeRight(position: Position, right: RightState): string {
  switch (right.basis) {
    case 'POSITION':
      return `holds the right automatically as ${position}`;
    case 'DEFAULT':
      return `holds the right by default as ${position}`;
    case 'GRANT':
      return `right granted by ${right.decidedBy} at ${right.decidedAt?.toISOString()}`;
    case 'REVOKED':
      return `right revoked by ${right.decidedBy} at ${right.decidedAt?.toISOString()}`;
    case 'NONE':
      return `the right was never granted to this ${position}`;
  }
}
