import type { ChannelView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';

/** A channel's actions, each leading to its confirmation page: replace the key (SFTP) and close. */
export function ChannelLinks({ cbe, senderNumber, channel }: { cbe: string; senderNumber: string; channel: ChannelView }) {
  const { t } = useTranslation();
  const type = t(`channelTypes.${channel.type}`);
  return (
    <>
      {channel.type === 'SFTP' && (
        <>
          <Link to={paths.replaceSftpKey(cbe, senderNumber, channel.id)} aria-label={t('lifecycle.replaceKeyOf', { type })}>
            {t('lifecycle.replaceKeyLink')}
          </Link>{' '}
        </>
      )}
      <Link to={paths.closeChannel(cbe, senderNumber, channel.id)} aria-label={t('lifecycle.closeChannelOf', { type })}>
        {t('lifecycle.closeLink')}
      </Link>
    </>
  );
}
