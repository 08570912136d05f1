import type { RestAccountView } from '@chaman/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, type Collection, firstPage, request } from '../../../lib/api-client';
import { pagedQuery } from '../../../lib/paged-query';

export const restAccountsKey = (cbe: string, senderNumber: string) => ['rest-accounts', cbe, senderNumber] as const;

export const restAccountsQuery = (cbe: string, senderNumber: string) =>
  pagedQuery<RestAccountView>(
    restAccountsKey(cbe, senderNumber),
    firstPage(apiPath`/enterprises/${cbe}/senders/${senderNumber}/rest-accounts`),
  );

export const useRestAccounts = (cbe: string, senderNumber: string, enabled = true) =>
  useInfiniteQuery({ ...restAccountsQuery(cbe, senderNumber), enabled });

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

/** The REST accounts a company may delegate: one page of the largest size (100) per sender, for a list to choose from. */
export const useEnterpriseRestAccounts = (cbe: string, senderNumbers: string[]) =>
  useQuery({
    queryKey: ['rest-accounts', cbe, 'all', ...senderNumbers],
    queryFn: async () =>
      (
        await Promise.all(
          senderNumbers.map((senderNumber) =>
            request<Collection<RestAccountView>>(firstPage(apiPath`/enterprises/${cbe}/senders/${senderNumber}/rest-accounts`, {}, 100)),
          ),
        )
      ).flatMap((page) => page.items),
  });
