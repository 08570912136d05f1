import type { MemberView } from '@chaman/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPath, request } from '../../../lib/api-client';
import { meKey } from '../../me';
import { membersKey } from './members';

/** `PUT /enterprises/{cbe}/chief-access-manager`: the member becomes chief; the service says who may (the chief or an operator). */
export function useHandOverChief(cbe: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      request<MemberView>(apiPath`/enterprises/${cbe}/chief-access-manager`, { method: 'PUT', body: { userId } }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: meKey }),
        client.invalidateQueries({ queryKey: membersKey(cbe) }),
        client.invalidateQueries({ queryKey: ['desk', 'members', cbe] }),
      ]),
  });
}
