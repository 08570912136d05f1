import type { MemberView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/data-table';
import { StatusTag } from '../../../components/status-tag';
import { isAccessManager } from '../../../lib/positions';

interface MembersTableProps {
  members: MemberView[];
  onChange: (member: MemberView, grant: boolean) => void;
  busy: boolean;
}

/** The members: position, whether each holds the right and why, and the button to grant or withdraw it. */
export function MembersTable({ members, onChange, busy }: MembersTableProps) {
  const { t } = useTranslation();
  const columns: Column<MemberView>[] = [
    {
      header: t('members.person'),
      rowHeader: true,
      cell: (member) => (
        <>
          {member.name}
          <br />
          <span className="muted small">{member.email}</span>
        </>
      ),
    },
    { header: t('members.position'), cell: (member) => t(`positions.${member.position}`) },
    {
      header: t('rights.technicalChannels'),
      cell: (member) => (
        <>
          <StatusTag tone={member.holdsTechnicalChannelsRight ? 'ok' : 'neutral'}>
            {member.holdsTechnicalChannelsRight ? t('members.holds') : t('members.lacks')}
          </StatusTag>
          <br />
          <span className="muted small">{t(`members.basis.${member.technicalChannelsRight.basis}`)}</span>
        </>
      ),
    },
    {
      header: t('common.actions'),
      hideHeader: true,
      cell: (member) => {
        const held = member.holdsTechnicalChannelsRight;
        return (
          !isAccessManager(member.position) && (
            <button
              type="button"
              className={held ? 'button button--warning button--small' : 'button button--small'}
              disabled={busy}
              onClick={() => onChange(member, !held)}
            >
              {held ? t('members.withdraw') : t('members.grant')}
              <span className="visually-hidden"> – {member.name}</span>
            </button>
          )
        );
      },
    },
  ];
  return <DataTable caption={t('members.title')} columns={columns} rows={members} rowKey={(member) => member.userId} />;
}
