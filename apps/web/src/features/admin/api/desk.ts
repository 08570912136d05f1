import type { EnterpriseView, FailingWebhookView, MemberView, ParkedEventView, SenderView, UnsentMailView } from '@chaman/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, request, requestAll } from '../../../lib/api-client';

const failingWebhooksKey = ['desk', 'failing-webhooks'] as const;
const unsentMailsKey = ['desk', 'unsent-mails'] as const;

export const useEnterpriseSearch = (q: string) =>
  useQuery({ queryKey: ['desk', 'enterprises', q], queryFn: () => requestAll<EnterpriseView>(apiPath`/admin/enterprises` + `?q=${encodeURIComponent(q)}`), enabled: q.length >= 2 });

export const useInspectedEnterprise = (cbe: string) => useQuery({ queryKey: ['desk', 'enterprise', cbe], queryFn: () => request<EnterpriseView>(apiPath`/enterprises/${cbe}`) });
export const useInspectedMembers = (cbe: string) => useQuery({ queryKey: ['desk', 'members', cbe], queryFn: () => requestAll<MemberView>(apiPath`/admin/enterprises/${cbe}/members`) });
export const useInspectedSenders = (cbe: string) => useQuery({ queryKey: ['desk', 'senders', cbe], queryFn: () => requestAll<SenderView>(apiPath`/admin/enterprises/${cbe}/senders`) });

export const useFailingWebhooks = () => useQuery({ queryKey: failingWebhooksKey, queryFn: () => requestAll<FailingWebhookView>(apiPath`/admin/failing-webhooks`) });
export const useUnsentMails = () => useQuery({ queryKey: unsentMailsKey, queryFn: () => requestAll<UnsentMailView>(apiPath`/admin/unsent-mails`) });

export function useEnableWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (webhookId: string) => request<FailingWebhookView>(apiPath`/admin/failing-webhooks/${webhookId}/enable`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: failingWebhooksKey }),
  });
}

export function useResendMail() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (mailId: string) => request<UnsentMailView>(apiPath`/admin/unsent-mails/${mailId}/resend`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: unsentMailsKey }),
  });
}

/** The services whose consumers park events (as the API's `{service}` names them). */
export const PARKING_SERVICES = ['sender', 'notification'] as const;
const parkedKey = ['desk', 'parked-events'] as const;

export const useParkedEvents = () =>
  useQuery({
    queryKey: parkedKey,
    queryFn: async () => (await Promise.all(PARKING_SERVICES.map((service) => requestAll<ParkedEventView>(apiPath`/admin/parked-events/${service}`)))).flat(),
  });

export function useParkedEventAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ event, action }: { event: ParkedEventView; action: 'replay' | 'discard' }): Promise<void> => {
      if (action === 'replay') await request<ParkedEventView>(apiPath`/admin/parked-events/${event.service}/${event.sequence}/replay`, { method: 'POST' });
      else await request<void>(apiPath`/admin/parked-events/${event.service}/${event.sequence}`, { method: 'DELETE' });
    },
    onSettled: () => client.invalidateQueries({ queryKey: parkedKey }),
  });
}
