import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../app/paths';
import { ChoiceField } from '../../../components/form/choice-field';
import { FileTextField } from '../../../components/form/file-text-field';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { withFlash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { useAddChannel } from '../api/channels';
import { looksLikeSshKey } from '../api/ssh-key';

const CHANNEL_TYPES = ['FTP', 'SFTP', 'SOAP', 'REST'] as const;

const schema = z
  .object({ type: z.enum(CHANNEL_TYPES, { message: 'validation.channelTypeRequired' }), sshPublicKey: z.string() })
  .refine((values) => values.type !== 'SFTP' || looksLikeSshKey(values.sshPublicKey), {
    path: ['sshPublicKey'],
    message: 'validation.sshKey',
  });
type Values = z.input<typeof schema>;

/** Adds a channel; SFTP asks for the public key file the server will accept. */
export function AddChannelPage() {
  const { t } = useTranslation();
  const { cbe = '', senderNumber = '' } = useParams();
  const navigate = useNavigate();
  const add = useAddChannel(cbe, senderNumber);
  const methods = useSchemaForm<Values>(schema, { type: undefined, sshPublicKey: '' });
  const type = useWatch({ control: methods.control, name: 'type' });
  const submit = async (values: Values) => {
    await add.mutateAsync(values.type === 'SFTP' ? { type: values.type, sshPublicKey: values.sshPublicKey.trim() } : { type: values.type });
    void navigate(paths.sender(cbe, senderNumber), withFlash('channels.added', { type: { key: `channelTypes.${values.type}` } }));
  };
  return (
    <Page title={t('channels.addTitle')} caption={t('senders.caption', { number: senderNumber })}>
      <Form
        methods={methods}
        onSubmit={submit}
        labels={{ type: t('channels.type'), sshPublicKey: t('channels.keyFile') }}
        submitLabel={t('channels.add')}
      >
        <ChoiceField
          name="type"
          legend={t('channels.whichType')}
          options={CHANNEL_TYPES.map((value) => ({ value, label: t(`channelTypes.${value}`) }))}
        />
        {type === 'SFTP' && (
          <FileTextField name="sshPublicKey" label={t('channels.keyFile')} hint={t('channels.keyHint')} accept=".pub,text/plain" />
        )}
      </Form>
      <p>
        <Link to={paths.sender(cbe, senderNumber)}>{t('common.back')}</Link>
      </p>
    </Page>
  );
}
