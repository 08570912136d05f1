import type { EnterpriseView, FailingWebhookView, MemberView, ParkedEventView, SenderView, UnsentMailView } from '@chaman/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, type Collection, firstPage, request } from '../../../lib/api-client';
import { pagedQuery } from '../../../lib/paged-query';

const failingWebhooksKey = ['desk', 'failing-webhooks'] as const;
const unsentMailsKey = ['desk', 'unsent-mails'] as const;

export const useEnterpriseSearch = (q: string) =>
  useInfiniteQuery({
    ...pagedQuery<EnterpriseView>(['desk', 'enterprises', q], firstPage(apiPath`/admin/enterprises`, { q })),
    enabled: q.length >= 2,
  });

export const useInspectedEnterprise = (cbe: string) =>
  useQuery({ queryKey: ['desk', 'enterprise', cbe], queryFn: () => request<EnterpriseView>(apiPath`/enterprises/${cbe}`) });
export const useInspectedMembers = (cbe: string) =>
  useInfiniteQuery(pagedQuery<MemberView>(['desk', 'members', cbe], firstPage(apiPath`/admin/enterprises/${cbe}/members`)));
export const useInspectedSenders = (cbe: string) =>
  useInfiniteQuery(pagedQuery<SenderView>(['desk', 'senders', cbe], firstPage(apiPath`/admin/enterprises/${cbe}/senders`)));

export const useFailingWebhooks = () =>
  useInfiniteQuery(pagedQuery<FailingWebhookView>(failingWebhooksKey, firstPage(apiPath`/admin/failing-webhooks`)));
export const useUnsentMails = () => useInfiniteQuery(pagedQuery<UnsentMailView>(unsentMailsKey, firstPage(apiPath`/admin/unsent-mails`)));

export function useEnableWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (webhookId: string) =>
      request<FailingWebhookView>(apiPath`/admin/failing-webhooks/${webhookId}/enable`, { method: 'POST' }),
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

/** The first page (up to 100) of each service's parked events: parked events are rare, and each is dealt with in turn. */
export const useParkedEvents = () =>
  useQuery({
    queryKey: parkedKey,
    queryFn: async () =>
      (
        await Promise.all(
          PARKING_SERVICES.map((service) =>
            request<Collection<ParkedEventView>>(firstPage(apiPath`/admin/parked-events/${service}`, {}, 100)),
          ),
        )
      ).flatMap((page) => page.items),
  });

export function useParkedEventAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ event, action }: { event: ParkedEventView; action: 'replay' | 'discard' }): Promise<void> => {
      if (action === 'replay')
        await request<ParkedEventView>(apiPath`/admin/parked-events/${event.service}/${event.sequence}/replay`, { method: 'POST' });
      else await request<void>(apiPath`/admin/parked-events/${event.service}/${event.sequence}`, { method: 'DELETE' });
    },
    onSettled: () => client.invalidateQueries({ queryKey: parkedKey }),
  });
}
