import type { RegisteredWebhookView, WebhookDeliveryView, WebhookView } from '@chaman/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPath, firstPage, request } from '../../../lib/api-client';
import { pagedQuery } from '../../../lib/paged-query';

export const webhooksKey = (cbe: string) => ['webhooks', cbe] as const;

export const useWebhooks = (cbe: string) =>
  useInfiniteQuery(pagedQuery<WebhookView>(webhooksKey(cbe), firstPage(apiPath`/enterprises/${cbe}/webhooks`)));

export const useDeliveries = (cbe: string, webhookId: string | null) =>
  useInfiniteQuery({
    ...pagedQuery<WebhookDeliveryView>(
      [...webhooksKey(cbe), webhookId, 'deliveries'],
      firstPage(apiPath`/enterprises/${cbe}/webhooks/${webhookId ?? ''}/deliveries`),
    ),
    enabled: Boolean(webhookId),
  });

export function useRegisterWebhook(cbe: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { url: string; events?: string[] }) =>
      request<RegisteredWebhookView>(apiPath`/enterprises/${cbe}/webhooks`, { method: 'POST', body }),
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
