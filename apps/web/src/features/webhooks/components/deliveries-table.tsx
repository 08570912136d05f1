import type { WebhookDeliveryView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/data-table';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { StatusTag } from '../../../components/status-tag';
import { useDeliveries } from '../api/webhooks';

const TONES: Record<string, 'ok' | 'warn' | 'bad'> = { DELIVERED: 'ok', PENDING: 'warn', FAILED: 'bad' };

/** The deliveries of one endpoint, newest first, with each attempt's answer. */
export function DeliveriesTable({ cbe, webhookId }: { cbe: string; webhookId: string }) {
  const { t, i18n } = useTranslation();
  const deliveries = useDeliveries(cbe, webhookId);
  const columns: Column<WebhookDeliveryView>[] = [
    { header: t('webhooks.at'), cell: (delivery) => new Date(delivery.createdAt).toLocaleString(i18n.language) },
    { header: t('webhooks.event'), cell: (delivery) => delivery.eventType, className: 'mono small' },
    {
      header: t('webhooks.outcome'),
      cell: (delivery) => <StatusTag tone={TONES[delivery.status] ?? 'warn'}>{t(`webhooks.statuses.${delivery.status}`)}</StatusTag>,
    },
    {
      header: t('webhooks.attempts'),
      className: 'small',
      cell: (delivery) =>
        delivery.attempts
          .map((attempt) => `${new Date(attempt.at).toLocaleTimeString(i18n.language)} – ${attempt.statusCode ?? attempt.error ?? '?'}`)
          .join(', ') || t('common.none'),
    },
  ];
  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{t('webhooks.deliveriesTitle')}</h2>
      <QueryState query={deliveries}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('webhooks.noDeliveries')}</p>
          ) : (
            <DataTable caption={t('webhooks.deliveriesTitle')} columns={columns} rows={items} rowKey={(delivery) => delivery.id} />
          )
        }
      </QueryState>
      <MoreButton query={deliveries} />
    </section>
  );
}
