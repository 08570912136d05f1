import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { StatusTag } from '../../../components/status-tag';
import { useDeliveries } from '../api/webhooks';

const TONES: Record<string, 'ok' | 'warn' | 'bad'> = { DELIVERED: 'ok', PENDING: 'warn', FAILED: 'bad' };

/** The deliveries of one endpoint, newest first, with each attempt's answer. */
export function DeliveriesTable({ cbe, webhookId }: { cbe: string; webhookId: string }) {
  const { t, i18n } = useTranslation();
  const deliveries = useDeliveries(cbe, webhookId);
  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{t('webhooks.deliveriesTitle')}</h2>
      <QueryState query={deliveries}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('webhooks.noDeliveries')}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t('webhooks.deliveriesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.at')}</th>
                  <th scope="col">{t('webhooks.event')}</th>
                  <th scope="col">{t('webhooks.outcome')}</th>
                  <th scope="col">{t('webhooks.attempts')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((delivery) => (
                  <tr key={delivery.id}>
                    <td>{new Date(delivery.createdAt).toLocaleString(i18n.language)}</td>
                    <td className="mono small">{delivery.eventType}</td>
                    <td>
                      <StatusTag tone={TONES[delivery.status] ?? 'warn'}>{t(`webhooks.statuses.${delivery.status}`)}</StatusTag>
                    </td>
                    <td className="small">
                      {delivery.attempts.map((attempt) => `${new Date(attempt.at).toLocaleTimeString(i18n.language)} – ${attempt.statusCode ?? attempt.error ?? '?'}`).join(', ') ||
                        t('common.none')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
