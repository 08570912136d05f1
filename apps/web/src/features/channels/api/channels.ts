import type { ChannelView } from '@chaman/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPath, firstPage, request } from '../../../lib/api-client';
import { pagedQuery } from '../../../lib/paged-query';

export const channelsKey = (cbe: string, senderNumber: string) => ['channels', cbe, senderNumber] as const;

export const channelsQuery = (cbe: string, senderNumber: string) =>
  pagedQuery<ChannelView>(channelsKey(cbe, senderNumber), firstPage(apiPath`/enterprises/${cbe}/senders/${senderNumber}/channels`));

export const useChannels = (cbe: string, senderNumber: string) => useInfiniteQuery(channelsQuery(cbe, senderNumber));

export function useAddChannel(cbe: string, senderNumber: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { type: string; sshPublicKey?: string }) =>
      request<ChannelView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/channels`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: channelsKey(cbe, senderNumber) }),
  });
}

/** `DELETE …/channels/{channelId}`: the channel stops for good. */
export function useCloseChannel(cbe: string, senderNumber: string, channelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<void>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/channels/${channelId}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: channelsKey(cbe, senderNumber) }),
  });
}

/** `PUT …/channels/{channelId}/ssh-public-key`: the new key replaces the SFTP key at once. */
export function useReplaceSftpKey(cbe: string, senderNumber: string, channelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sshPublicKey: string) =>
      request<ChannelView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/channels/${channelId}/ssh-public-key`, {
        method: 'PUT',
        body: { sshPublicKey },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: channelsKey(cbe, senderNumber) }),
  });
}
