import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Flash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { ProblemMessage } from '../../../components/problem-message';
import { QueryState } from '../../../components/query-state';
import { useChangeRight, useMembers } from '../api/members';
import { MemberRow } from '../components/member-row';

/** Members and the right "Chaman - Gestion des canaux techniques": access and group managers grant or withdraw it. */
export function MembersPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
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
