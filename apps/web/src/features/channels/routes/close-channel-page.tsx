import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../app/paths';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { Page } from '../../../components/layout/page';
import { withFlash } from '../../../components/flash';
import { useCloseChannel } from '../api/channels';
import { useChannel } from '../components/use-channel';

const schema = z.object({});
type Values = z.input<typeof schema>;

/** Asks once, saying exactly what stops, before closing a channel for good. */
export function CloseChannelPage() {
  const { t } = useTranslation();
  const { cbe = '', senderNumber = '', channelId = '' } = useParams();
  const navigate = useNavigate();
  const channel = useChannel(cbe, senderNumber, channelId);
  const close = useCloseChannel(cbe, senderNumber, channelId);
  const methods = useSchemaForm<Values>(schema, {});
  const type = channel ? t(`channelTypes.${channel.type}`) : '';
  const submit = async () => {
    await close.mutateAsync();
    void navigate(paths.sender(cbe, senderNumber), withFlash('lifecycle.channelClosed', { type }));
  };
  return (
    <Page title={t('lifecycle.closeChannelTitle', { type })} caption={t('senders.caption', { number: senderNumber })}>
      <p>{t('lifecycle.closeChannelLead')}</p>
      <ul>
        <li>{t('lifecycle.closeChannelStopsTransfers', { type })}</li>
        {channel?.sshKeyFingerprint && <li>{t('lifecycle.closeChannelStopsKey', { fingerprint: channel.sshKeyFingerprint })}</li>}
      </ul>
      <p>{t('lifecycle.closeChannelForGood')}</p>
      <Form methods={methods} onSubmit={submit} labels={{}} submitLabel={t('lifecycle.closeChannel')} destructive>
        {null}
      </Form>
      <p>
        <Link to={paths.sender(cbe, senderNumber)}>{t('common.cancel')}</Link>
      </p>
    </Page>
  );
}
