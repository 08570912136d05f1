import { DelegationAction, DelegationParty, DelegationStatus, otherParty, ProblemException } from '@chaman/contracts';
import { describeParty } from './delegation-parties';
import { badRequest, INVALID_INPUT, issue } from './delegation-request-rules';

/** Every action but the request itself, which creates the delegation. */
export type LifecycleAction = Exclude<DelegationAction, DelegationAction.REQUEST>;

/** Who acts: one of the parties, or the system (expiry of pending requests). */
export type Performer = DelegationParty | 'SYSTEM';

/** Who may take an action: a fixed party, the initiator of the request, the other side of it, or the system. */
type Taker = DelegationParty | 'INITIATOR' | 'RECIPIENT' | 'SYSTEM';

interface LifecycleRule {
  /** The status, or statuses, the action is possible from. */
  from: DelegationStatus | readonly DelegationStatus[];
  /** `UNCHANGED`: the action changes something else than the status (the end date). */
  to: DelegationStatus | 'UNCHANGED';
  takenBy: Taker;
}

/** The statuses of a delegation that is not over: it may still be, or become, accepted. */
export const LIVE_STATUSES: readonly DelegationStatus[] = [DelegationStatus.PENDING, DelegationStatus.ACCEPTED, DelegationStatus.REFUSED];

/** DESIGN.md §1 and §8: `PENDING → ACCEPTED | REFUSED | CANCELLED | EXPIRED`, `REFUSED → PENDING`, `ACCEPTED → REVOKED | RENOUNCED`. */
export const LIFECYCLE: Readonly<Record<LifecycleAction, LifecycleRule>> = {
  [DelegationAction.ACCEPT]: { from: DelegationStatus.PENDING, to: DelegationStatus.ACCEPTED, takenBy: 'RECIPIENT' },
  [DelegationAction.REFUSE]: { from: DelegationStatus.PENDING, to: DelegationStatus.REFUSED, takenBy: 'RECIPIENT' },
  [DelegationAction.CANCEL]: { from: DelegationStatus.PENDING, to: DelegationStatus.CANCELLED, takenBy: 'INITIATOR' },
  [DelegationAction.EXPIRE]: { from: DelegationStatus.PENDING, to: DelegationStatus.EXPIRED, takenBy: 'SYSTEM' },
  [DelegationAction.RELAUNCH]: { from: DelegationStatus.REFUSED, to: DelegationStatus.PENDING, takenBy: 'INITIATOR' },
  [DelegationAction.REVOKE]: { from: DelegationStatus.ACCEPTED, to: DelegationStatus.REVOKED, takenBy: DelegationParty.COMPANY },
  [DelegationAction.RENOUNCE]: { from: DelegationStatus.ACCEPTED, to: DelegationStatus.RENOUNCED, takenBy: DelegationParty.INTERMEDIARY },
  [DelegationAction.CHANGE_SCOPES]: { from: DelegationStatus.ACCEPTED, to: DelegationStatus.ACCEPTED, takenBy: DelegationParty.COMPANY },
  // Closing the REST account ends every delegation still alive on it (a refused one could be relaunched).
  [DelegationAction.CLOSE_ACCOUNT]: { from: LIVE_STATUSES, to: DelegationStatus.ACCOUNT_CLOSED, takenBy: 'SYSTEM' },
  // An end date is the company's: set on request, on acceptance or later, changed or removed until it is reached.
  [DelegationAction.CHANGE_END_DATE]: {
    from: [DelegationStatus.PENDING, DelegationStatus.ACCEPTED],
    to: 'UNCHANGED',
    takenBy: DelegationParty.COMPANY,
  },
  [DelegationAction.END]: { from: [DelegationStatus.PENDING, DelegationStatus.ACCEPTED], to: DelegationStatus.ENDED, takenBy: 'SYSTEM' },
};

const VERBS: Record<LifecycleAction, string> = {
  [DelegationAction.ACCEPT]: 'accept',
  [DelegationAction.REFUSE]: 'refuse',
  [DelegationAction.CANCEL]: 'cancel',
  [DelegationAction.EXPIRE]: 'expire',
  [DelegationAction.RELAUNCH]: 'relaunch',
  [DelegationAction.REVOKE]: 'revoke',
  [DelegationAction.RENOUNCE]: 'renounce',
  [DelegationAction.CHANGE_SCOPES]: 'change the scopes of',
  [DelegationAction.CLOSE_ACCOUNT]: 'close the account of',
  [DelegationAction.CHANGE_END_DATE]: 'change the end date of',
  [DelegationAction.END]: 'end',
};

/** What the lifecycle reads and changes on a delegation. */
export interface DelegationState {
  status: DelegationStatus;
  initiatedBy: DelegationParty;
  relaunchCount: number;
  /** When a pending request expires; `null` in every other status. */
  expiresAt: Date | null;
  /** When the delegation ends, if the company set an end date. */
  endsOn: Date | null;
  updatedAt: Date;
}

export interface LifecycleClock {
  now: Date;
  pendingDays: number;
}

/** A new request: pending until the other side answers or the pending period ends. */
export function openRequest(initiatedBy: DelegationParty, clock: LifecycleClock): DelegationState {
  return {
    status: DelegationStatus.PENDING,
    initiatedBy,
    relaunchCount: 0,
    expiresAt: pendingUntil(clock),
    endsOn: null,
    updatedAt: clock.now,
  };
}

/**
 * Applies `action` taken by `performer`, or throws the problem that forbids it: the wrong party first
 * (`missingPermission`, 403: it could never do this), then the wrong status (`transitionNotAllowed`, 409).
 */
export function applyTransition(delegation: DelegationState, action: LifecycleAction, performer: Performer, clock: LifecycleClock): void {
  ensureTransitionAllowed(delegation, action, performer, clock);
  const rule = LIFECYCLE[action];
  delegation.updatedAt = clock.now;
  if (rule.to === 'UNCHANGED') return;
  delegation.status = rule.to;
  delegation.expiresAt = rule.to === DelegationStatus.PENDING ? pendingUntil(clock) : null;
  if (action === DelegationAction.RELAUNCH) delegation.relaunchCount += 1;
}

/** The checks of `applyTransition` alone, changing nothing: lets a use case refuse early, before asking other services. */
export function ensureTransitionAllowed(
  delegation: Readonly<DelegationState>,
  action: LifecycleAction,
  performer: Performer,
  clock: LifecycleClock,
): void {
  const rule = LIFECYCLE[action];
  if (!mayTake(rule.takenBy, delegation.initiatedBy, performer)) {
    throw ProblemException.of('missingPermission', wrongPartyDetail(action, rule.takenBy, delegation.initiatedBy));
  }
  if (!startsFrom(rule, delegation.status)) {
    throw ProblemException.of(
      'transitionNotAllowed',
      `Cannot ${VERBS[action]} a delegation that is ${delegation.status}: this is possible only while it is ${[rule.from].flat().join(' or ')}.`,
      { delegationStatus: delegation.status, action },
    );
  }
  if (action === DelegationAction.END && (delegation.endsOn === null || delegation.endsOn > clock.now)) {
    throw ProblemException.of('transitionNotAllowed', `The delegation has no end date reached by ${clock.now.toISOString()}.`, {
      delegationStatus: delegation.status,
      action,
    });
  }
  if (action === DelegationAction.EXPIRE && delegation.expiresAt !== null && delegation.expiresAt > clock.now) {
    throw ProblemException.of('transitionNotAllowed', `The request is pending until ${delegation.expiresAt.toISOString()}.`, {
      delegationStatus: delegation.status,
      action,
    });
  }
}

/**
 * What `party` may do now, read from the same table `applyTransition` obeys: the actions the API offers the viewer
 * (the relaunch limit is told apart, by the allowance, since a relaunch past it is refused with its own problem).
 */
export function actionsOpenTo(delegation: Pick<DelegationState, 'status' | 'initiatedBy'>, party: DelegationParty): LifecycleAction[] {
  return (Object.keys(LIFECYCLE) as LifecycleAction[]).filter(
    (action) => startsFrom(LIFECYCLE[action], delegation.status) && mayTake(LIFECYCLE[action].takenBy, delegation.initiatedBy, party),
  );
}

function startsFrom(rule: LifecycleRule, status: DelegationStatus): boolean {
  return typeof rule.from === 'string' ? rule.from === status : rule.from.includes(status);
}

function pendingUntil({ now, pendingDays }: LifecycleClock): Date {
  return new Date(now.getTime() + pendingDays * 24 * 60 * 60 * 1000);
}

function mayTake(taker: Taker, initiatedBy: DelegationParty, performer: Performer): boolean {
  switch (taker) {
    case 'SYSTEM':
      return performer === 'SYSTEM';
    case 'INITIATOR':
      return performer === initiatedBy;
    case 'RECIPIENT':
      return performer === otherParty(initiatedBy);
    default:
      return performer === taker;
  }
}

function wrongPartyDetail(action: LifecycleAction, taker: Taker, initiatedBy: DelegationParty): string {
  const verb = VERBS[action];
  switch (taker) {
    case 'SYSTEM':
      return `Nobody may ${verb} a delegation: the system does it (pending requests expire, closed accounts end their delegations).`;
    case 'INITIATOR':
      return `Only the ${describeParty(initiatedBy)}, which initiated this request, may ${verb} it.`;
    case 'RECIPIENT':
      return `Only the ${describeParty(otherParty(initiatedBy))} may ${verb} this request: the ${describeParty(initiatedBy)} initiated it.`;
    default:
      return taker === DelegationParty.COMPANY
        ? `Only the company that holds the REST account may ${verb} a delegation.`
        : `Only the technical intermediary may ${verb} a delegation.`;
  }
}

/**
 * The end date asked for (`null` removes it): a date-time after `now`, or the issue on `endsOn` that refuses it.
 * Read as an instant; a date alone (`2027-03-31`) is its midnight UTC.
 */
export function endDateOf(endsOn: string | null | undefined, now: Date): Date | null {
  if (endsOn === undefined || endsOn === null) return null;
  const date = new Date(endsOn);
  if (Number.isNaN(date.getTime()) || date <= now) {
    throw badRequest(issue(INVALID_INPUT, 'endsOn', endsOn, `must be after ${now.toISOString()}`));
  }
  return date;
}
