import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/layout/page';

export function WebhooksPage() {
  const { t } = useTranslation();
  return <Page title={t('webhooks.title')} />;
}
