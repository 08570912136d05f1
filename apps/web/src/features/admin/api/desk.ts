import type { EnterpriseView, FailingWebhookView, MemberView, SenderView, UnsentMailView } from '@chaman/contracts';
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
