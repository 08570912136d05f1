import type { MemberView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/status-tag';
import { isAccessManager } from '../../../lib/positions';

/** One member: position, whether they hold the right and why, and the button to grant or withdraw it. */
export function MemberRow({ member, onChange, busy }: { member: MemberView; onChange: (grant: boolean) => void; busy: boolean }) {
  const { t } = useTranslation();
  const automatic = isAccessManager(member.position);
  const held = member.holdsTechnicalChannelsRight;
  return (
    <tr>
      <th scope="row">
        {member.name}
        <br />
        <span className="muted small">{member.email}</span>
      </th>
      <td>{t(`positions.${member.position}`)}</td>
      <td>
        <StatusTag tone={held ? 'ok' : 'neutral'}>{held ? t('members.holds') : t('members.lacks')}</StatusTag>
        <br />
        <span className="muted small">{t(`members.basis.${member.technicalChannelsRight.basis}`)}</span>
      </td>
      <td>
        {!automatic && (
          <button type="button" className={held ? 'button button--warning button--small' : 'button button--small'} disabled={busy} onClick={() => onChange(!held)}>
            {held ? t('members.withdraw') : t('members.grant')}
            <span className="visually-hidden"> – {member.name}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
