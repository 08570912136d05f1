import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/layout/page';

export function RequestDelegationPage() {
  const { t } = useTranslation();
  return <Page title={t('delegations.requestTitle')} />;
}
