import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { useWebhooks } from '../api/webhooks';
import { AddWebhookForm } from '../components/add-webhook-form';
import { DeliveriesTable } from '../components/deliveries-table';
import { WebhooksTable } from '../components/webhooks-table';

/** The enterprise's webhook endpoints: add one (its secret shown once), delete one, see its deliveries. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const webhooks = useWebhooks(cbe);
  const [secret, setSecret] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  return (
    <Page title={t('webhooks.title')}>
      <p className="lead">{t('webhooks.lead')}</p>
      {secret && (
        <section className="notice notice--success" role="status" aria-labelledby="secret-title">
          <h2 id="secret-title">{t('webhooks.secretTitle')}</h2>
          <p>{t('webhooks.secret')}</p>
          <p className="secret">{secret}</p>
        </section>
      )}
      <Flash />
      <QueryState query={webhooks}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('webhooks.none')}</p>
          ) : (
            <WebhooksTable webhooks={items} onShow={setShown} removeHref={(webhook) => paths.deleteWebhook(cbe, webhook.id)} />
          )
        }
      </QueryState>
      <MoreButton query={webhooks} />
      {shown && <DeliveriesTable cbe={cbe} webhookId={shown} />}
      <h2>{t('webhooks.addTitle')}</h2>
      <AddWebhookForm cbe={cbe} onSecret={setSecret} />
    </Page>
  );
}
