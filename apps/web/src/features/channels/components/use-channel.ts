import { useChannels } from '../api/channels';

/** One channel of the sender, found in the list the sender page already asked for (there is no route for one channel). */
export function useChannel(cbe: string, senderNumber: string, channelId: string) {
  const channels = useChannels(cbe, senderNumber);
  return channels.data?.items.find((channel) => channel.id === channelId);
}
