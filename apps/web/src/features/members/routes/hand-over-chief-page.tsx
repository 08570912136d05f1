import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/layout/page';
import { useMembers } from '../api/members';
import { HandOverChiefForm } from '../components/hand-over-chief-form';

/** The chief access manager hands the role over to another member of the enterprise. */
export function HandOverChiefPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const members = useMembers(cbe);
  return (
    <Page title={t('lifecycle.chiefTitle')}>
      <HandOverChiefForm cbe={cbe} members={members} back={paths.members(cbe)} />
    </Page>
  );
}
