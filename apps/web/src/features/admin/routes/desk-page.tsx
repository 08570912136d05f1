import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/layout/page';
import { EnterpriseSearch } from '../components/enterprise-search';
import { FailingWebhooks } from '../components/failing-webhooks';
import { ParkedEvents } from '../components/parked-events';
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
      <ParkedEvents />
    </Page>
  );
}
