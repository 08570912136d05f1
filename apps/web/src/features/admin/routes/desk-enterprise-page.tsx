import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Flash } from '../../../components/flash';
import { type Column, DataTable } from '../../../components/data-table';
import { Page } from '../../../components/layout/page';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';
import type { MemberView, SenderView } from '@chaman/contracts';
import { useInspectedEnterprise, useInspectedMembers, useInspectedSenders } from '../api/desk';

/** One enterprise as an operator sees it: its members and senders, read-only. */
export function DeskEnterprisePage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const enterprise = useInspectedEnterprise(cbe);
  const members = useInspectedMembers(cbe);
  const senders = useInspectedSenders(cbe);
  const memberColumns: Column<MemberView>[] = [
    { header: t('members.person'), rowHeader: true, cell: (member) => `${member.name} (${member.userId})` },
    { header: t('members.position'), cell: (member) => t(`positions.${member.position}`) },
    {
      header: t('rights.technicalChannels'),
      cell: (member) => (member.holdsTechnicalChannelsRight ? t('members.holds') : t('members.lacks')),
    },
  ];
  const senderColumns: Column<SenderView>[] = [
    { header: t('admin.senderNumber'), rowHeader: true, cell: (sender) => sender.senderNumber },
    { header: t('admin.quality'), cell: (sender) => t(`qualities.${sender.quality}`) },
    { header: t('admin.contact'), cell: (sender) => `${sender.contact.firstName} ${sender.contact.lastName} <${sender.contact.email}>` },
  ];
  return (
    <Page title={t('admin.enterpriseTitle', { name: enterprise.data?.name ?? formatEnterpriseNumber(cbe) })} caption={t('admin.title')}>
      <p className="lead">{t('admin.readOnly', { number: formatEnterpriseNumber(cbe) })}</p>
      <Flash />
      <section aria-labelledby="desk-chief">
        <h2 id="desk-chief">{t('admin.chief')}</h2>
        <p>{t('lifecycle.deskChiefLead')}</p>
        <Link className="button button--secondary" to={paths.deskHandOverChief(cbe)}>
          {t('lifecycle.chiefReplace')}
        </Link>
      </section>
      <section aria-labelledby="desk-members">
        <h2 id="desk-members">{t('admin.members')}</h2>
        <QueryState query={members}>
          {({ items }) => (
            <DataTable caption={t('admin.members')} columns={memberColumns} rows={items} rowKey={(member) => member.userId} />
          )}
        </QueryState>
        <MoreButton query={members} />
      </section>
      <section aria-labelledby="desk-senders">
        <h2 id="desk-senders">{t('admin.senders')}</h2>
        <QueryState query={senders}>
          {({ items }) =>
            items.length === 0 ? (
              <p>{t('admin.noSenders')}</p>
            ) : (
              <DataTable caption={t('admin.senders')} columns={senderColumns} rows={items} rowKey={(sender) => sender.senderNumber} />
            )
          }
        </QueryState>
        <MoreButton query={senders} />
      </section>
    </Page>
  );
}
