import type { DelegationAction, DelegationDetail, DelegationView, NamedDelegationView } from '@chaman/contracts';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, firstPage, request } from '../../../lib/api-client';
import { pagedQuery, requestEveryItem } from '../../../lib/paged-query';

/** An action the service may offer (`allowedActions`): `CHANGE_SCOPES` is a PATCH, the others a POST of their own. */
export type DelegationCommand = `${Exclude<DelegationAction, 'REQUEST' | 'EXPIRE'>}`;

/** What the service says the enterprise in the address may do now; the screen offers these and nothing else. */
export const offeredActions = (delegation: NamedDelegationView): DelegationCommand[] =>
  (delegation.allowedActions ?? []) as `${DelegationAction}`[] as DelegationCommand[];

/** The actions that end something for the other party: asked once more on a confirmation page. */
export const CONFIRMED_ACTIONS: readonly string[] = ['CANCEL', 'REVOKE', 'RENOUNCE'];

/** The list's filters, as the service takes them (`GET …/delegations`); empty ones are left out. */
export interface DelegationFilters {
  direction: 'received' | 'sent';
  status?: string;
  side?: string;
  search?: string;
}

export const delegationsKey = (cbe: string) => ['delegations', cbe] as const;
export const delegationKey = (cbe: string, id: string) => ['delegations', cbe, id] as const;

export const delegationsQuery = (cbe: string, filters: DelegationFilters) =>
  pagedQuery<NamedDelegationView>(
    [...delegationsKey(cbe), 'list', filters],
    firstPage(apiPath`/enterprises/${cbe}/delegations`, { ...filters }),
  );

/** The whole list with the same filters, every page: what its CSV export holds. */
export const everyDelegation = (cbe: string, filters: DelegationFilters) =>
  requestEveryItem<NamedDelegationView>(apiPath`/enterprises/${cbe}/delegations`, { ...filters });

export const delegationQuery = (cbe: string, id: string) =>
  queryOptions({
    queryKey: delegationKey(cbe, id),
    queryFn: () => request<DelegationDetail>(apiPath`/enterprises/${cbe}/delegations/${id}`),
  });

export const useDelegations = (cbe: string, filters: DelegationFilters) => useInfiniteQuery(delegationsQuery(cbe, filters));

export const useDelegation = (cbe: string, id: string) => useQuery(delegationQuery(cbe, id));

export interface DelegationRequest {
  companyEnterpriseNumber: string;
  companyQuality: string;
  intermediaryEnterpriseNumber: string;
  restAccountId: string;
  scopes?: string[];
  endsOn?: string;
}

export function useRequestDelegation(cbe: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DelegationRequest) => request<DelegationView>(apiPath`/enterprises/${cbe}/delegations`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: delegationsKey(cbe) }),
  });
}

/** One lifecycle action, or the company's change of scopes; the answer refreshes the list and the detail with its history. */
export function useDelegationCommand(cbe: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ command, reason, scopes }: { command: DelegationCommand; reason?: string; scopes?: string[] }) =>
      command === 'CHANGE_SCOPES'
        ? request<DelegationView>(apiPath`/enterprises/${cbe}/delegations/${id}`, { method: 'PATCH', body: { scopes, reason } })
        : request<DelegationView>(apiPath`/enterprises/${cbe}/delegations/${id}/${command.toLowerCase()}`, {
            method: 'POST',
            body: reason ? { reason } : {},
          }),
    onSettled: () => client.invalidateQueries({ queryKey: delegationsKey(cbe) }),
  });
}

/** The company sets or changes (`"2027-01-31"`) or removes (`null`) the end date: a `PATCH` of the delegation. */
export function useChangeEndDate(cbe: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (endsOn: string | null) =>
      request<DelegationView>(apiPath`/enterprises/${cbe}/delegations/${id}`, { method: 'PATCH', body: { endsOn } }),
    onSettled: () => client.invalidateQueries({ queryKey: delegationsKey(cbe) }),
  });
}
