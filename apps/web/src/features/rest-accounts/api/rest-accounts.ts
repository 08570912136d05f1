import type { RestAccountView } from '@chaman/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, request, requestAll } from '../../../lib/api-client';

export const restAccountsKey = (cbe: string, senderNumber: string) => ['rest-accounts', cbe, senderNumber] as const;

export const restAccountsQuery = (cbe: string, senderNumber: string) =>
  queryOptions({
    queryKey: restAccountsKey(cbe, senderNumber),
    queryFn: () => requestAll<RestAccountView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/rest-accounts`),
  });

export const useRestAccounts = (cbe: string, senderNumber: string, enabled = true) => useQuery({ ...restAccountsQuery(cbe, senderNumber), enabled });

export const useRestAccount = (cbe: string, senderNumber: string | null, accountId: string) =>
  useQuery({
    queryKey: [...restAccountsKey(cbe, senderNumber ?? ''), accountId],
    queryFn: () => request<RestAccountView>(apiPath`/enterprises/${cbe}/senders/${senderNumber ?? ''}/rest-accounts/${accountId}`),
    enabled: Boolean(senderNumber),
  });

export function useCreateRestAccount(cbe: string, senderNumber: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; environment: string; scopes: string[] }) =>
      request<RestAccountView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/rest-accounts`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: restAccountsKey(cbe, senderNumber) }),
  });
}

/** Scopes typed as one list: separated by spaces, commas or line breaks. */
export const scopesFrom = (text: string): string[] => [...new Set(text.split(/[\s,;]+/).filter(Boolean))];

/** Every REST account of the enterprise's senders (what a company may delegate). */
export const useEnterpriseRestAccounts = (cbe: string, senderNumbers: string[]) =>
  useQuery({
    queryKey: ['rest-accounts', cbe, 'all', ...senderNumbers],
    queryFn: async () =>
      (await Promise.all(senderNumbers.map((senderNumber) => requestAll<RestAccountView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/rest-accounts`)))).flat(),
  });
