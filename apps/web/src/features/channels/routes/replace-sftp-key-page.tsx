import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../app/paths';
import { FileTextField } from '../../../components/form/file-text-field';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { Page } from '../../../components/layout/page';
import { withFlash } from '../../../components/flash';
import { useReplaceSftpKey } from '../api/channels';
import { looksLikeSshKey } from '../api/ssh-key';
import { useChannel } from '../components/use-channel';

const schema = z.object({ sshPublicKey: z.string().refine(looksLikeSshKey, { message: 'validation.sshKey' }) });
type Values = z.input<typeof schema>;

/** Replaces an SFTP channel's key, saying that the old key stops at once. */
export function ReplaceSftpKeyPage() {
  const { t } = useTranslation();
  const { cbe = '', senderNumber = '', channelId = '' } = useParams();
  const navigate = useNavigate();
  const channel = useChannel(cbe, senderNumber, channelId);
  const replace = useReplaceSftpKey(cbe, senderNumber, channelId);
  const methods = useSchemaForm<Values>(schema, { sshPublicKey: '' });
  const submit = async (values: Values) => {
    const replaced = await replace.mutateAsync(values.sshPublicKey.trim());
    void navigate(paths.sender(cbe, senderNumber), withFlash('lifecycle.keyReplaced', { fingerprint: replaced.sshKeyFingerprint ?? '' }));
  };
  return (
    <Page title={t('lifecycle.replaceKeyTitle')} caption={t('senders.caption', { number: senderNumber })}>
      {channel?.sshKeyFingerprint && <p>{t('lifecycle.replaceKeyCurrent', { fingerprint: channel.sshKeyFingerprint })}</p>}
      <p>{t('lifecycle.replaceKeyLead')}</p>
      <Form methods={methods} onSubmit={submit} labels={{ sshPublicKey: t('channels.keyFile') }} submitLabel={t('lifecycle.replaceKey')}>
        <FileTextField name="sshPublicKey" label={t('channels.keyFile')} hint={t('channels.keyHint')} accept=".pub,text/plain" />
      </Form>
      <p>
        <Link to={paths.sender(cbe, senderNumber)}>{t('common.cancel')}</Link>
      </p>
    </Page>
  );
}
