import {
  type DelegationParty,
  type EnterpriseView,
  type InputIssue,
  ProblemException,
  Quality,
  type RestAccountView,
} from '@chaman/contracts';
import { partyOf } from './delegation-parties';

/** Belgif issue types for inputs that are well-formed but refer to nothing usable. */
export const REFERENCED_RESOURCE_NOT_FOUND = 'urn:problem-type:belgif:input-validation:referencedResourceNotFound';
export const INVALID_INPUT = 'urn:problem-type:belgif:input-validation:invalidInput';

export interface RequestedDelegation {
  companyEnterpriseNumber: string;
  companyQuality: Quality;
  intermediaryEnterpriseNumber: string;
  restAccountId: string;
  scopes?: string[];
}

/** The facts of an enterprise a request is checked against. */
export type PartyFacts = Pick<EnterpriseView, 'enterpriseNumber' | 'qualities'>;
/** The facts of a REST account a request is checked against. */
export type AccountFacts = Pick<RestAccountView, 'id' | 'enterpriseNumber' | 'quality' | 'scopes' | 'closedAt'>;

/** What the access- and sender-service know about the parties and the account (`null`: unknown to them). */
export interface RequestFacts {
  company: PartyFacts | null;
  intermediary: PartyFacts | null;
  account: AccountFacts | null;
}

/** The acting enterprise (`{cbe}`) must be one of the two parties; the side it stands on is the initiator. */
export function initiatorOf(request: RequestedDelegation, actingEnterpriseNumber: string): DelegationParty {
  if (request.companyEnterpriseNumber === request.intermediaryEnterpriseNumber) {
    throw badRequest(
      issue(
        INVALID_INPUT,
        'intermediaryEnterpriseNumber',
        request.intermediaryEnterpriseNumber,
        'must differ from companyEnterpriseNumber',
      ),
    );
  }
  const party = partyOf(request, actingEnterpriseNumber);
  if (!party) {
    throw ProblemException.of(
      'notADelegationParty',
      `Enterprise ${actingEnterpriseNumber} is neither the company nor the technical intermediary of this request; ` +
        'a delegation is requested by one of its two parties.',
    );
  }
  return party;
}

/** Only companies whose quality is delegable (configurable, default `{CPAS}`) may delegate. */
export function ensureDelegable(quality: Quality, delegable: ReadonlySet<Quality>): void {
  if (!delegable.has(quality)) {
    throw ProblemException.of(
      'qualityNotDelegable',
      `A company acting as ${quality} cannot delegate a REST account; delegable qualities: ${[...delegable].join(', ')}.`,
      {
        delegableQualities: [...delegable],
      },
    );
  }
}

/**
 * Checks the request against the parties and the account as their owners know them, and returns the delegation's
 * scopes (by default every scope of the account). A foreign account is refused exactly like a missing one.
 */
export function checkRequest(request: RequestedDelegation, facts: RequestFacts): string[] {
  const { company, intermediary, account } = facts;
  if (!company) {
    throw badRequest(
      issue(
        REFERENCED_RESOURCE_NOT_FOUND,
        'companyEnterpriseNumber',
        request.companyEnterpriseNumber,
        'no enterprise with this number is registered',
      ),
    );
  }
  if (!company.qualities.includes(request.companyQuality)) {
    throw ProblemException.of(
      'qualityNotHeld',
      `Enterprise ${company.enterpriseNumber} does not hold the quality ${request.companyQuality}.`,
    );
  }
  if (!intermediary) {
    throw badRequest(
      issue(
        REFERENCED_RESOURCE_NOT_FOUND,
        'intermediaryEnterpriseNumber',
        request.intermediaryEnterpriseNumber,
        'no enterprise with this number is registered',
      ),
    );
  }
  if (!intermediary.qualities.includes(Quality.TECHNICAL_INTERMEDIARY)) {
    throw ProblemException.of(
      'notATechnicalIntermediary',
      `Enterprise ${intermediary.enterpriseNumber} does not hold the quality ${Quality.TECHNICAL_INTERMEDIARY}; only technical intermediaries receive delegations.`,
    );
  }
  if (!account || account.enterpriseNumber !== company.enterpriseNumber || account.quality !== request.companyQuality) {
    throw badRequest(
      issue(
        REFERENCED_RESOURCE_NOT_FOUND,
        'restAccountId',
        request.restAccountId,
        `no REST account with this id belongs to enterprise ${company.enterpriseNumber} as ${request.companyQuality}`,
      ),
    );
  }
  if (account.closedAt) {
    throw ProblemException.of(
      'resourceClosed',
      `REST account ${account.id} was closed on ${account.closedAt}: it can no longer be delegated.`,
    );
  }
  const scopes = request.scopes ?? account.scopes;
  ensureScopesOfAccount(scopes, account.scopes);
  return scopes;
}

/** A delegation can only hand over scopes the REST account itself has. */
export function ensureScopesOfAccount(scopes: string[], accountScopes: string[]): void {
  const issues = scopes.flatMap((scope, index) =>
    accountScopes.includes(scope) ? [] : [issue(INVALID_INPUT, `scopes[${index}]`, scope, 'is not a scope of the REST account')],
  );
  if (issues.length > 0) throw badRequest(...issues);
}

/** Names the member of the request; the gateway, which knows it came in the body, says where. */
export function issue(type: string, name: string, value: unknown, detail: string): InputIssue {
  return { type, name, value, detail };
}

export function badRequest(...issues: InputIssue[]): ProblemException {
  return ProblemException.of('badRequest', `${issues.length} invalid input(s) in the request.`, { issues });
}
