import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/layout/page';

export function DelegationPage() {
  const { t } = useTranslation();
  return <Page title={t('delegations.detailTitle')} />;
}
