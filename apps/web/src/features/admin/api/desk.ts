import type { EnterpriseView, FailingWebhookView, MemberView, SenderView, UnsentMailView } from '@chaman/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, firstPage, request } from '../../../lib/api-client';
import { pagedQuery } from '../../../lib/paged-query';

const failingWebhooksKey = ['desk', 'failing-webhooks'] as const;
const unsentMailsKey = ['desk', 'unsent-mails'] as const;

export const useEnterpriseSearch = (q: string) =>
  useInfiniteQuery({ ...pagedQuery<EnterpriseView>(['desk', 'enterprises', q], firstPage(apiPath`/admin/enterprises`, { q })), enabled: q.length >= 2 });

export const useInspectedEnterprise = (cbe: string) => useQuery({ queryKey: ['desk', 'enterprise', cbe], queryFn: () => request<EnterpriseView>(apiPath`/enterprises/${cbe}`) });
export const useInspectedMembers = (cbe: string) => useInfiniteQuery(pagedQuery<MemberView>(['desk', 'members', cbe], firstPage(apiPath`/admin/enterprises/${cbe}/members`)));
export const useInspectedSenders = (cbe: string) => useInfiniteQuery(pagedQuery<SenderView>(['desk', 'senders', cbe], firstPage(apiPath`/admin/enterprises/${cbe}/senders`)));

export const useFailingWebhooks = () => useInfiniteQuery(pagedQuery<FailingWebhookView>(failingWebhooksKey, firstPage(apiPath`/admin/failing-webhooks`)));
export const useUnsentMails = () => useInfiniteQuery(pagedQuery<UnsentMailView>(unsentMailsKey, firstPage(apiPath`/admin/unsent-mails`)));

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
