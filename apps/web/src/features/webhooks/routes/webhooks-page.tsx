import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../../components/layout/page';
import { ProblemMessage } from '../../../components/problem-message';
import { QueryState } from '../../../components/query-state';
import { useDeleteWebhook, useWebhooks } from '../api/webhooks';
import { AddWebhookForm } from '../components/add-webhook-form';
import { DeliveriesTable } from '../components/deliveries-table';
import { WebhooksTable } from '../components/webhooks-table';

/** The enterprise's webhook endpoints: add one (its secret shown once), delete one, see its deliveries. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const webhooks = useWebhooks(cbe);
  const remove = useDeleteWebhook(cbe);
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
      {remove.isError && (
        <div className="notice notice--error" role="alert">
          <ProblemMessage error={remove.error} />
        </div>
      )}
      <QueryState query={webhooks}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('webhooks.none')}</p>
          ) : (
            <WebhooksTable webhooks={items} onShow={setShown} onRemove={(webhook) => remove.mutate(webhook.id)} />
          )
        }
      </QueryState>
      {shown && <DeliveriesTable cbe={cbe} webhookId={shown} />}
      <h2>{t('webhooks.addTitle')}</h2>
      <AddWebhookForm cbe={cbe} onSecret={setSecret} />
    </Page>
  );
}
