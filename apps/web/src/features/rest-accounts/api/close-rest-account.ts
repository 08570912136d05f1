import type { RestAccountView } from '@chaman/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPath, request } from '../../../lib/api-client';
import { restAccountsKey } from './rest-accounts';

/** `POST …/rest-accounts/{accountId}/close`: the account stops for good. */
export function useCloseRestAccount(cbe: string, senderNumber: string, accountId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      request<RestAccountView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/rest-accounts/${accountId}/close`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: restAccountsKey(cbe, senderNumber) }),
  });
}
