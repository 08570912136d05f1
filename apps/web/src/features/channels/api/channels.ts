import type { ChannelView } from '@chaman/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, request, requestAll } from '../../../lib/api-client';

export const channelsKey = (cbe: string, senderNumber: string) => ['channels', cbe, senderNumber] as const;

export const channelsQuery = (cbe: string, senderNumber: string) =>
  queryOptions({ queryKey: channelsKey(cbe, senderNumber), queryFn: () => requestAll<ChannelView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/channels`) });

export const useChannels = (cbe: string, senderNumber: string) => useQuery(channelsQuery(cbe, senderNumber));

export function useAddChannel(cbe: string, senderNumber: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { type: string; sshPublicKey?: string }) =>
      request<ChannelView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/channels`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: channelsKey(cbe, senderNumber) }),
  });
}
