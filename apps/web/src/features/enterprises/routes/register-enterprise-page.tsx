import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/layout/page';

export function RegisterEnterprisePage() {
  const { t } = useTranslation();
  return <Page title={t('enterprises.registerTitle')} />;
}
