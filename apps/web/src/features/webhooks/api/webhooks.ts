import type { RegisteredWebhookView, WebhookDeliveryView, WebhookView } from '@chaman/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, request, requestAll } from '../../../lib/api-client';

export const webhooksKey = (cbe: string) => ['webhooks', cbe] as const;

export const useWebhooks = (cbe: string) => useQuery({ queryKey: webhooksKey(cbe), queryFn: () => requestAll<WebhookView>(apiPath`/enterprises/${cbe}/webhooks`) });

export const useDeliveries = (cbe: string, webhookId: string | null) =>
  useQuery({
    queryKey: [...webhooksKey(cbe), webhookId, 'deliveries'],
    queryFn: () => requestAll<WebhookDeliveryView>(apiPath`/enterprises/${cbe}/webhooks/${webhookId ?? ''}/deliveries`),
    enabled: Boolean(webhookId),
  });

export function useRegisterWebhook(cbe: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { url: string; events?: string[] }) => request<RegisteredWebhookView>(apiPath`/enterprises/${cbe}/webhooks`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: webhooksKey(cbe) }),
  });
}

export function useDeleteWebhook(cbe: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (webhookId: string) => request<void>(apiPath`/enterprises/${cbe}/webhooks/${webhookId}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: webhooksKey(cbe) }),
  });
}
