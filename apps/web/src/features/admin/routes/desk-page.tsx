import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/layout/page';
import { EnterpriseSearch } from '../components/enterprise-search';
import { FailingWebhooks } from '../components/failing-webhooks';
import { UnsentMails } from '../components/unsent-mails';

/** The operator's desk (platform operators): find an enterprise, and fix what its people cannot. Every action is audited. */
export function DeskPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('admin.title')}>
      <p className="lead">{t('admin.lead')}</p>
      <EnterpriseSearch />
      <FailingWebhooks />
      <UnsentMails />
      <section aria-labelledby="desk-parked">
        <h2 id="desk-parked">{t('admin.parkedEvents')}</h2>
        {/* Replaying or discarding a parked event is not on the desk yet (docs/audit.md, "The operator's desk"). */}
        <p>{t('admin.parkedEventsLater')}</p>
      </section>
    </Page>
  );
}
