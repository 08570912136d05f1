import type { FailingWebhookView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/data-table';
import { ProblemMessage } from '../../../components/problem-message';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';
import { useEnableWebhook, useFailingWebhooks } from '../api/desk';

/** Endpoints failing or disabled, each with the button that turns it back on. */
export function FailingWebhooks() {
  const { t, i18n } = useTranslation();
  const webhooks = useFailingWebhooks();
  const enable = useEnableWebhook();
  const columns: Column<FailingWebhookView>[] = [
    { header: t('admin.webhookUrl'), rowHeader: true, cell: (hook) => <code>{hook.url}</code> },
    { header: t('admin.enterprise'), cell: (hook) => formatEnterpriseNumber(hook.enterpriseNumber) },
    { header: t('admin.webhookStatus'), cell: (hook) => t(`admin.webhookStatuses.${hook.status}`) },
    {
      header: t('admin.failingSince'),
      cell: (hook) => (hook.failingSince ? new Date(hook.failingSince).toLocaleString(i18n.language) : '–'),
    },
    {
      header: t('common.actions'),
      hideHeader: true,
      cell: (hook) => (
        <button type="button" className="button button--small" disabled={enable.isPending} onClick={() => enable.mutate(hook.id)}>
          {t('admin.enable')}
          <span className="visually-hidden"> – {hook.url}</span>
        </button>
      ),
    },
  ];
  return (
    <section aria-labelledby="desk-webhooks">
      <h2 id="desk-webhooks">{t('admin.failingWebhooks')}</h2>
      {enable.isSuccess && (
        <p className="notice notice--success" role="status">
          {t('admin.enabled', { url: enable.data.url })}
        </p>
      )}
      {enable.isError && (
        <div className="notice notice--error" role="alert">
          <ProblemMessage error={enable.error} />
        </div>
      )}
      <QueryState query={webhooks}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('admin.noFailingWebhooks')}</p>
          ) : (
            <DataTable caption={t('admin.failingWebhooks')} columns={columns} rows={items} rowKey={(hook) => hook.id} />
          )
        }
      </QueryState>
      <MoreButton query={webhooks} />
    </section>
  );
}
