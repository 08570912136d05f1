import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/layout/page';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';
import { HandOverChiefForm } from '../../members';
import { useInspectedEnterprise, useInspectedMembers } from '../api/desk';

/** A platform operator replaces the chief access manager of an enterprise whose chief has left (a support case). */
export function DeskHandOverChiefPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const enterprise = useInspectedEnterprise(cbe);
  const members = useInspectedMembers(cbe);
  return (
    <Page
      title={t('lifecycle.chiefTitle')}
      caption={t('admin.enterpriseTitle', { name: enterprise.data?.name ?? formatEnterpriseNumber(cbe) })}
    >
      <HandOverChiefForm cbe={cbe} members={members} back={paths.deskEnterprise(cbe)} />
    </Page>
  );
}
