import { type CapabilityDecision } from '@chaman/access-policy';
import {
  type Capability,
  type Position,
  type Problem,
  problemOf,
  TECHNICAL_CHANNELS_PERMISSION,
  TECHNICAL_CHANNELS_PERMISSION_LABEL,
} from '@chaman/contracts';
import { POSITION_LABELS } from './member';

/** A manager a refused person may turn to. */
export interface Contact {
  name: string;
  email: string;
  position: Position;
}

/** Enough names to find someone; a huge enterprise does not need its whole directory in an error. */
export const MAX_CONTACTS = 20;

const list = (contacts: Contact[]): string =>
  contacts.map((contact) => `${contact.name} <${contact.email}> (${POSITION_LABELS[contact.position]})`).join(', ');

/** The problem a refused decision answers with: the reason, and for a member whom to contact. */
export function refusalProblem(
  capability: Capability,
  decision: Extract<CapabilityDecision, { allowed: false }>,
  contacts: Contact[],
): Problem {
  if (decision.refusal === 'notFound') return problemOf('resourceNotFound', decision.detail);
  const named = contacts.length > 0 ? list(contacts) : 'nobody else holds such a position yet';
  if (decision.refusal === 'channelsRight') {
    return problemOf(
      'missingTechnicalChannelsRight',
      `${decision.detail} Managing technical channels needs the right "${TECHNICAL_CHANNELS_PERMISSION_LABEL}". ` +
        `An access manager or a group manager of your enterprise grants it in Chaman, on the enterprise's "Members and rights" page: ${named}.`,
      { permission: TECHNICAL_CHANNELS_PERMISSION, contacts },
    );
  }
  return problemOf('missingPermission', contacts.length > 0 ? `${decision.detail} Contact: ${named}.` : decision.detail, {
    capability,
    ...(contacts.length > 0 ? { contacts } : {}),
  });
}
