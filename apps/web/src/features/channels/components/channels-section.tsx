import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { Skeleton } from '../../../components/skeleton';
import { useChannels } from '../api/channels';
import { ChannelLinks } from './channel-links';

/**
 * The sender's technical channels, with the SFTP key's fingerprint to compare with the key on the server; "add" and each
 * channel's own changes only when the service offers them (`ADD_CHANNEL`: a closed sender offers neither).
 */
export function ChannelsSection({ cbe, senderNumber, canAdd }: { cbe: string; senderNumber: string; canAdd: boolean }) {
  const { t, i18n } = useTranslation();
  const channels = useChannels(cbe, senderNumber);
  return (
    <section aria-labelledby="channels-title">
      <h2 id="channels-title">{t('channels.title')}</h2>
      <QueryState query={channels} placeholder={<Skeleton kind="table" lines={2} />}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('channels.none')}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t('channels.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('channels.type')}</th>
                  <th scope="col">{t('channels.key')}</th>
                  <th scope="col">{t('common.createdAt')}</th>
                  {canAdd && <th scope="col">{t('common.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {items.map((channel) => (
                  <tr key={channel.id}>
                    <td>{t(`channelTypes.${channel.type}`)}</td>
                    <td className="mono">{channel.sshKeyFingerprint ?? t('common.none')}</td>
                    <td>{new Date(channel.createdAt).toLocaleDateString(i18n.language)}</td>
                    {canAdd && (
                      <td>
                        <ChannelLinks cbe={cbe} senderNumber={senderNumber} channel={channel} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <MoreButton query={channels} />
      {canAdd && (
        <Link className="button button--secondary" to={paths.addChannel(cbe, senderNumber)}>
          {t('channels.add')}
        </Link>
      )}
    </section>
  );
}
