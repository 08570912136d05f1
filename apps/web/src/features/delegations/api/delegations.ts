import type { DelegationDetail, DelegationView, NamedDelegationView } from '@chaman/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, request, requestAll } from '../../../lib/api-client';
import type { DelegationCommand } from './allowed-actions';

export const delegationsKey = (cbe: string) => ['delegations', cbe] as const;
export const delegationKey = (cbe: string, id: string) => ['delegations', cbe, id] as const;

export const delegationsQuery = (cbe: string) =>
  queryOptions({ queryKey: delegationsKey(cbe), queryFn: () => requestAll<NamedDelegationView>(apiPath`/enterprises/${cbe}/delegations`) });

export const delegationQuery = (cbe: string, id: string) =>
  queryOptions({ queryKey: delegationKey(cbe, id), queryFn: () => request<DelegationDetail>(apiPath`/enterprises/${cbe}/delegations/${id}`) });

export const useDelegations = (cbe: string) => useQuery(delegationsQuery(cbe));

export const useDelegation = (cbe: string, id: string) => useQuery(delegationQuery(cbe, id));

export interface DelegationRequest {
  companyEnterpriseNumber: string;
  companyQuality: string;
  intermediaryEnterpriseNumber: string;
  restAccountId: string;
  scopes?: string[];
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
        : request<DelegationView>(apiPath`/enterprises/${cbe}/delegations/${id}/${command.toLowerCase()}`, { method: 'POST', body: reason ? { reason } : {} }),
    onSettled: () => client.invalidateQueries({ queryKey: delegationsKey(cbe) }),
  });
}
