import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../app/paths';
import { FileTextField } from '../../../components/form/file-text-field';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { TextField } from '../../../components/form/text-field';
import { withFlash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { useAddCertificate } from '../api/certificates';

const schema = z.object({
  name: z.string().trim().min(1, 'validation.nameRequired').max(100, 'validation.tooLong'),
  pem: z
    .string()
    .min(1, 'validation.pemRequired')
    .refine((text) => text.includes('-----BEGIN CERTIFICATE-----'), 'validation.pemCertificate')
    .refine((text) => !/PRIVATE KEY-----/.test(text), 'validation.pemPrivateKey'),
});
type Values = z.input<typeof schema>;

/** Registers a certificate on a REST account from a PEM file; the service reads it and refuses what is unusable. */
export function AddCertificatePage() {
  const { t } = useTranslation();
  const { cbe = '', accountId = '' } = useParams();
  const [search] = useSearchParams();
  const senderNumber = search.get('sender') ?? undefined;
  const navigate = useNavigate();
  const add = useAddCertificate(cbe, accountId);
  const methods = useSchemaForm<Values>(schema, { name: '', pem: '' });
  const submit = async (values: Values) => {
    const certificate = await add.mutateAsync({ name: values.name.trim(), pem: values.pem });
    void navigate(
      paths.restAccount(cbe, accountId, senderNumber),
      withFlash('certificates.added', { fingerprint: certificate.fingerprint }),
    );
  };
  const labels = { name: t('certificates.name'), pem: t('certificates.file') };
  return (
    <Page title={t('certificates.addTitle')}>
      <Form methods={methods} onSubmit={submit} labels={labels} submitLabel={t('certificates.add')}>
        <TextField name="name" label={labels.name} hint={t('certificates.nameHint')} />
        <FileTextField name="pem" label={labels.pem} hint={t('certificates.fileHint')} accept=".pem,.crt,.cer,application/x-pem-file" />
      </Form>
      <p>
        <Link to={paths.restAccount(cbe, accountId, senderNumber)}>{t('common.back')}</Link>
      </p>
    </Page>
  );
}
