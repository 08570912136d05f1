import type { MemberView } from '@chaman/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { ProblemMessage } from '../../../components/problem-message';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { useMyEnterprise } from '../../me';
import { useChangeRight, useMembers } from '../api/members';
import { GrantRightForm } from '../components/grant-right-form';
import { MembersTable } from '../components/members-table';

/**
 * Members and the right "Chaman - Gestion des canaux techniques". Access managers see the list and grant or withdraw
 * it there; group managers, who may grant it but not list the members (DESIGN.md's API table), name the person instead.
 */
export function MembersPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const { enterprise, isPending } = useMyEnterprise(cbe);
  if (isPending) return <p role="status">{t('common.loading')}</p>;
  if (enterprise?.position === 'GROUP_MANAGER') return <GrantRightPage cbe={cbe} />;
  return <MembersListPage cbe={cbe} chief={enterprise?.position === 'CHIEF_ACCESS_MANAGER'} />;
}

function GrantRightPage({ cbe }: { cbe: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('members.rightTitle')}>
      <p className="lead">{t('members.rightLead', { label: t('rights.technicalChannels') })}</p>
      <GrantRightForm cbe={cbe} />
    </Page>
  );
}

function MembersListPage({ cbe, chief }: { cbe: string; chief: boolean }) {
  const { t } = useTranslation();
  const members = useMembers(cbe);
  const change = useChangeRight(cbe);
  // The confirmation is kept as a key, so it follows a language switch.
  const [done, setDone] = useState<{ key: string; name: string } | null>(null);
  const onChange = (member: MemberView, grant: boolean) => {
    setDone(null);
    change.mutate(
      { userId: member.userId, grant },
      { onSuccess: () => setDone({ key: grant ? 'members.granted' : 'members.withdrawn', name: member.name }) },
    );
  };
  return (
    <Page title={t('members.title')}>
      <p className="lead">{t('members.lead', { label: t('rights.technicalChannels') })}</p>
      <Flash />
      <div role="status">{done && <p className="notice notice--success">{t(done.key, { name: done.name })}</p>}</div>
      {change.isError && (
        <div className="notice notice--error" role="alert">
          <ProblemMessage error={change.error} />
        </div>
      )}
      <QueryState query={members}>{({ items }) => <MembersTable members={items} busy={change.isPending} onChange={onChange} />}</QueryState>
      <MoreButton query={members} />
      <p>
        <Link className="button button--secondary" to={paths.addMember(cbe)}>
          {t('members.add')}
        </Link>
      </p>
      {chief && (
        <p>
          <Link to={paths.handOverChief(cbe)}>{t('lifecycle.chiefHandOver')}</Link>
        </p>
      )}
    </Page>
  );
}
