import type { RestAccountView } from '@chaman/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPath, request } from '../../../lib/api-client';

/** `POST …/rest-accounts/{accountId}/close`: the account stops for good. */
export function useCloseRestAccount(cbe: string, senderNumber: string, accountId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      request<RestAccountView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/rest-accounts/${accountId}/close`, { method: 'POST' }),
    // A closure ends the account's certificates and delegations too: every answer kept is read again when next shown.
    onSuccess: () => client.invalidateQueries(),
  });
}
