import type { WebhookView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table';

interface WebhooksTableProps {
  webhooks: WebhookView[];
  onShow: (webhookId: string) => void;
  /** The confirmation page of the deletion. */
  removeHref: (webhook: WebhookView) => string;
}

/** The endpoints: address (and whether it is disabled), the events it wants, its deliveries and removal. */
export function WebhooksTable({ webhooks, onShow, removeHref }: WebhooksTableProps) {
  const { t } = useTranslation();
  const columns: Column<WebhookView>[] = [
    {
      header: t('webhooks.url'),
      className: 'break',
      cell: (webhook) => (
        <>
          {webhook.url}
          {webhook.status === 'DISABLED' && <strong className="tag tag--bad"> {t('webhooks.disabled')}</strong>}
        </>
      ),
    },
    { header: t('webhooks.events'), className: 'small', cell: (webhook) => webhook.events.join(', ') || t('webhooks.allEvents') },
    {
      header: t('common.actions'),
      hideHeader: true,
      cell: (webhook) => (
        <div className="button-group">
          <button type="button" className="button button--secondary button--small" onClick={() => onShow(webhook.id)}>
            {t('webhooks.deliveries')}
            <span className="visually-hidden"> – {webhook.url}</span>
          </button>
          <Link className="button button--warning button--small" to={removeHref(webhook)} state={{ url: webhook.url }}>
            {t('webhooks.remove')}
            <span className="visually-hidden"> – {webhook.url}</span>
          </Link>
        </div>
      ),
    },
  ];
  return <DataTable caption={t('webhooks.title')} columns={columns} rows={webhooks} rowKey={(webhook) => webhook.id} />;
}
