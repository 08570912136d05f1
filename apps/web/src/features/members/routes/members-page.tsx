import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { ProblemMessage } from '../../../components/problem-message';
import { QueryState } from '../../../components/query-state';
import { useMyEnterprise } from '../../me/api/me';
import { useChangeRight, useMembers } from '../api/members';
import { GrantRightForm } from '../components/grant-right-form';
import { MemberRow } from '../components/member-row';

/**
 * Members and the right "Chaman - Gestion des canaux techniques". Access managers see the list and grant or withdraw
 * it there; group managers, who may grant it but not list the members (DESIGN.md's API table), name the person instead.
 */
export function MembersPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const { enterprise, isPending } = useMyEnterprise(cbe);
  if (isPending) return <p role="status">{t('common.loading')}</p>;
  return enterprise?.position === 'GROUP_MANAGER' ? <GrantRightPage cbe={cbe} /> : <MembersListPage cbe={cbe} />;
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

function MembersListPage({ cbe }: { cbe: string }) {
  const { t } = useTranslation();
  const members = useMembers(cbe);
  const change = useChangeRight(cbe);
  // The confirmation is kept as a key, so it follows a language switch.
  const [done, setDone] = useState<{ key: string; name: string } | null>(null);
  const onChange = (name: string, userId: string, grant: boolean) => {
    setDone(null);
    change.mutate({ userId, grant }, { onSuccess: () => setDone({ key: grant ? 'members.granted' : 'members.withdrawn', name }) });
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
      <QueryState query={members}>
        {(items) => (
          <table>
            <caption className="visually-hidden">{t('members.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.person')}</th>
                <th scope="col">{t('members.position')}</th>
                <th scope="col">{t('rights.technicalChannels')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((member) => (
                <MemberRow key={member.userId} member={member} busy={change.isPending} onChange={(grant) => onChange(member.name, member.userId, grant)} />
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      <p>
        <Link className="button button--secondary" to={paths.addMember(cbe)}>
          {t('members.add')}
        </Link>
      </p>
    </Page>
  );
}
