import { DelegationAction, DelegationParty, DelegationStatus, ProblemException } from '@chaman/contracts';
import {
  actionsOpenTo,
  applyTransition,
  type DelegationState,
  endDateOf,
  ensureTransitionAllowed,
  type LifecycleAction,
  openRequest,
  type Performer,
} from './delegation-lifecycle';

const { COMPANY, INTERMEDIARY } = DelegationParty;
const { PENDING, ACCEPTED, REFUSED, CANCELLED, EXPIRED, REVOKED, RENOUNCED, ACCOUNT_CLOSED, ENDED } = DelegationStatus;
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-03-01T10:00:00.000Z');
const LATER = new Date(NOW.getTime() + 3_600_000);
const clock = { now: LATER, pendingDays: 30 };

/** Written out by hand from DESIGN.md §1, independently of the rule table under test. */
const ALLOWED: Array<[DelegationStatus, LifecycleAction, DelegationStatus]> = [
  [PENDING, DelegationAction.ACCEPT, ACCEPTED],
  [PENDING, DelegationAction.REFUSE, REFUSED],
  [PENDING, DelegationAction.CANCEL, CANCELLED],
  [PENDING, DelegationAction.EXPIRE, EXPIRED],
  [REFUSED, DelegationAction.RELAUNCH, PENDING],
  [ACCEPTED, DelegationAction.REVOKE, REVOKED],
  [ACCEPTED, DelegationAction.RENOUNCE, RENOUNCED],
  [ACCEPTED, DelegationAction.CHANGE_SCOPES, ACCEPTED],
  [PENDING, DelegationAction.CLOSE_ACCOUNT, ACCOUNT_CLOSED],
  [ACCEPTED, DelegationAction.CLOSE_ACCOUNT, ACCOUNT_CLOSED],
  [REFUSED, DelegationAction.CLOSE_ACCOUNT, ACCOUNT_CLOSED],
  [PENDING, DelegationAction.CHANGE_END_DATE, PENDING],
  [ACCEPTED, DelegationAction.CHANGE_END_DATE, ACCEPTED],
  [PENDING, DelegationAction.END, ENDED],
  [ACCEPTED, DelegationAction.END, ENDED],
];

/** Who may take each action, given who initiated the request. */
function rightfulPerformer(action: LifecycleAction, initiatedBy: DelegationParty): Performer {
  const recipient = initiatedBy === COMPANY ? INTERMEDIARY : COMPANY;
  switch (action) {
    case DelegationAction.ACCEPT:
    case DelegationAction.REFUSE:
      return recipient;
    case DelegationAction.CANCEL:
    case DelegationAction.RELAUNCH:
      return initiatedBy;
    case DelegationAction.EXPIRE:
    case DelegationAction.CLOSE_ACCOUNT:
    case DelegationAction.END:
      return 'SYSTEM';
    case DelegationAction.CHANGE_END_DATE:
      return COMPANY;
    case DelegationAction.REVOKE:
    case DelegationAction.CHANGE_SCOPES:
      return COMPANY;
    case DelegationAction.RENOUNCE:
      return INTERMEDIARY;
  }
}

function delegation(status: DelegationStatus, initiatedBy: DelegationParty): DelegationState {
  return {
    status,
    initiatedBy,
    relaunchCount: 2,
    expiresAt: status === PENDING ? new Date(NOW.getTime() - DAY) : null,
    endsOn: new Date(NOW.getTime() - DAY),
    updatedAt: NOW,
  };
}

function problemOf(run: () => void): { code: string; status: number; detail?: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof ProblemException)) throw error;
    return error.problem;
  }
}

const ACTIONS = Object.values(DelegationAction).filter((action): action is LifecycleAction => action !== DelegationAction.REQUEST);
const CASES = Object.values(DelegationStatus).flatMap((status) =>
  ACTIONS.flatMap((action) =>
    [COMPANY, INTERMEDIARY].flatMap((initiatedBy) =>
      ([COMPANY, INTERMEDIARY, 'SYSTEM'] as Performer[]).map((performer) => ({ status, action, initiatedBy, performer })),
    ),
  ),
);

describe('delegation lifecycle', () => {
  it.each(CASES)(
    '$action on a $status delegation initiated by $initiatedBy, taken by $performer',
    ({ status, action, initiatedBy, performer }) => {
      const subject = delegation(status, initiatedBy);
      const problem = problemOf(() => applyTransition(subject, action, performer, clock));
      const allowed = ALLOWED.find(([from, allowedAction]) => from === status && allowedAction === action);
      if (performer !== rightfulPerformer(action, initiatedBy)) {
        expect(problem).toMatchObject({ code: 'missingPermission', status: 403 });
        expect(subject.status).toBe(status);
      } else if (!allowed) {
        expect(problem).toMatchObject({ code: 'transitionNotAllowed', status: 409, delegationStatus: status, action });
        expect(subject.status).toBe(status);
      } else {
        expect(problem).toBeNull();
        expect(subject.status).toBe(allowed[2]);
        expect(subject.updatedAt).toEqual(LATER);
      }
    },
  );

  it('allows exactly the transitions of DESIGN.md, each by one performer per initiator', () => {
    const allowedCases = CASES.filter(({ status, action, initiatedBy, performer }) => {
      return problemOf(() => applyTransition(delegation(status, initiatedBy), action, performer, clock)) === null;
    });
    expect(allowedCases).toHaveLength(ALLOWED.length * 2);
  });

  it('opens a request pending for the configured period', () => {
    expect(openRequest(INTERMEDIARY, { now: NOW, pendingDays: 30 })).toEqual({
      status: PENDING,
      initiatedBy: INTERMEDIARY,
      relaunchCount: 0,
      expiresAt: new Date(NOW.getTime() + 30 * DAY),
      endsOn: null,
      updatedAt: NOW,
    });
  });

  it('counts a relaunch and gives the relaunched request a fresh pending period', () => {
    const subject = delegation(REFUSED, INTERMEDIARY);
    applyTransition(subject, DelegationAction.RELAUNCH, INTERMEDIARY, { now: LATER, pendingDays: 7 });
    expect(subject).toMatchObject({ status: PENDING, relaunchCount: 3, expiresAt: new Date(LATER.getTime() + 7 * DAY) });
  });

  it.each<LifecycleAction>([DelegationAction.ACCEPT, DelegationAction.REFUSE])(
    'clears the expiry when a request is answered (%s)',
    (action) => {
      const subject = delegation(PENDING, COMPANY);
      applyTransition(subject, action, INTERMEDIARY, clock);
      expect(subject.expiresAt).toBeNull();
    },
  );

  it('does not expire a request before its pending period ends', () => {
    const subject = { ...delegation(PENDING, INTERMEDIARY), expiresAt: new Date(LATER.getTime() + 1) };
    expect(problemOf(() => applyTransition(subject, DelegationAction.EXPIRE, 'SYSTEM', clock))).toMatchObject({
      code: 'transitionNotAllowed',
    });
    expect(subject.status).toBe(PENDING);
  });

  it('tells the wrong party who may act instead', () => {
    const revoke = problemOf(() => applyTransition(delegation(ACCEPTED, COMPANY), DelegationAction.REVOKE, INTERMEDIARY, clock));
    expect(revoke?.detail).toMatch(/only the company/i);
    const accept = problemOf(() => applyTransition(delegation(PENDING, INTERMEDIARY), DelegationAction.ACCEPT, INTERMEDIARY, clock));
    expect(accept?.detail).toMatch(/only the company may accept/i);
    const relaunch = problemOf(() => applyTransition(delegation(REFUSED, COMPANY), DelegationAction.RELAUNCH, INTERMEDIARY, clock));
    expect(relaunch?.detail).toMatch(/only the company, which initiated/i);
  });
});

describe('closing the account', () => {
  it('ends a live delegation whatever its status, clearing a pending expiry', () => {
    const subject = delegation(PENDING, INTERMEDIARY);
    applyTransition(subject, DelegationAction.CLOSE_ACCOUNT, 'SYSTEM', clock);
    expect(subject).toMatchObject({ status: ACCOUNT_CLOSED, expiresAt: null, updatedAt: LATER });
  });

  it('leaves an ended delegation as it ended', () => {
    const problem = problemOf(() => applyTransition(delegation(REVOKED, COMPANY), DelegationAction.CLOSE_ACCOUNT, 'SYSTEM', clock));
    expect(problem?.detail).toMatch(/only while it is PENDING or ACCEPTED or REFUSED/);
  });
});

describe('end dates', () => {
  it('ends a delegation only once its end date is reached, and never one without an end date', () => {
    const early = { ...delegation(ACCEPTED, COMPANY), endsOn: new Date(LATER.getTime() + 1) };
    expect(problemOf(() => applyTransition(early, DelegationAction.END, 'SYSTEM', clock))).toMatchObject({ code: 'transitionNotAllowed' });
    const without = { ...delegation(ACCEPTED, COMPANY), endsOn: null };
    expect(problemOf(() => applyTransition(without, DelegationAction.END, 'SYSTEM', clock))).toMatchObject({
      code: 'transitionNotAllowed',
    });
    const due = delegation(PENDING, INTERMEDIARY);
    applyTransition(due, DelegationAction.END, 'SYSTEM', clock);
    expect(due).toMatchObject({ status: ENDED, expiresAt: null });
  });

  it('changes the end date without touching the status or a pending expiry', () => {
    const subject = delegation(PENDING, INTERMEDIARY);
    const { expiresAt } = subject;
    applyTransition(subject, DelegationAction.CHANGE_END_DATE, COMPANY, clock);
    expect(subject).toMatchObject({ status: PENDING, expiresAt, updatedAt: LATER });
  });

  it('accepts an end date after now, removes it with null, and refuses one in the past with an issue on endsOn', () => {
    expect(endDateOf('2026-04-01T00:00:00.000Z', NOW)).toEqual(new Date('2026-04-01T00:00:00.000Z'));
    expect(endDateOf(null, NOW)).toBeNull();
    expect(endDateOf(undefined, NOW)).toBeNull();
    const past = problemOf(() => endDateOf('2026-02-01', NOW)) as { code: string; issues?: Array<{ name: string }> } | null;
    expect(past).toMatchObject({ code: 'badRequest', issues: [expect.objectContaining({ name: 'endsOn' })] });
  });
});

describe('checking a transition ahead', () => {
  it('refuses like applying it would, and changes nothing when allowed', () => {
    const subject = delegation(ACCEPTED, INTERMEDIARY);
    expect(problemOf(() => ensureTransitionAllowed(subject, DelegationAction.CHANGE_SCOPES, INTERMEDIARY, clock))).toMatchObject({
      code: 'missingPermission',
    });
    expect(problemOf(() => ensureTransitionAllowed(subject, DelegationAction.CHANGE_SCOPES, COMPANY, clock))).toBeNull();
    expect(subject).toEqual(delegation(ACCEPTED, INTERMEDIARY));
  });
});

describe('the actions open to a party', () => {
  const statuses = [PENDING, ACCEPTED, REFUSED, CANCELLED, EXPIRED, REVOKED, RENOUNCED];
  it.each(
    statuses.flatMap((status) =>
      [COMPANY, INTERMEDIARY].flatMap((initiatedBy) => [COMPANY, INTERMEDIARY].map((party) => [status, initiatedBy, party] as const)),
    ),
  )('are those the hand-written table gives it (%s, initiated by %s, seen by %s)', (status, initiatedBy, party) => {
    const expected = ALLOWED.filter(([from, action]) => from === status && rightfulPerformer(action, initiatedBy) === party).map(
      ([, action]) => action,
    );
    expect(actionsOpenTo(delegation(status, initiatedBy), party).sort()).toEqual(expected.sort());
  });

  it('offers the initiator the relaunch of a refused request and the recipient nothing', () => {
    expect(actionsOpenTo(delegation(REFUSED, INTERMEDIARY), INTERMEDIARY)).toEqual([DelegationAction.RELAUNCH]);
    expect(actionsOpenTo(delegation(REFUSED, INTERMEDIARY), COMPANY)).toEqual([]);
  });
});
