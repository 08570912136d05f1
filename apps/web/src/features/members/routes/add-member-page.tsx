import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../app/paths';
import { ChoiceField } from '../../../components/form/choice-field';
import { Form } from '../../../components/form/form';
import { TextField } from '../../../components/form/text-field';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { withFlash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { ProblemError } from '../../../lib/problem-error';
import { identifiedPerson } from '../../../lib/person-schema';
import { findMember, useAppointMember } from '../api/members';

// The chief access manager is appointed by the platform operator only, at registration.
const POSITIONS = ['USER', 'GROUP_MANAGER', 'ACCESS_MANAGER'] as const;

// The same rules as the service's AppointMemberBody (IdentifiedPerson and a position).
const schema = z.object({ ...identifiedPerson, position: z.enum(POSITIONS, { message: 'validation.positionRequired' }) });
type Values = z.input<typeof schema>;

/** Told next to the login id: the service's PUT would change that member instead of adding one, so the form asks first. */
const ALREADY_MEMBER = 'alreadyMember';
const alreadyMember = () =>
  new ProblemError({ type: `urn:problem-type:chaman:${ALREADY_MEMBER}`, title: 'Already a member', status: 409, code: ALREADY_MEMBER });

/** Access managers appoint a person, who can then log in and act for the enterprise according to their position. */
export function AddMemberPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  return (
    <Page title={t('members.add')}>
      <p className="lead">{t('members.addLead')}</p>
      <AddMemberForm cbe={cbe} />
      <p>
        <Link to={paths.members(cbe)}>{t('common.back')}</Link>
      </p>
    </Page>
  );
}

function AddMemberForm({ cbe }: { cbe: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const appoint = useAppointMember(cbe);
  const methods = useSchemaForm<Values>(schema, { userId: '', name: '', email: '', position: 'USER' });
  const labels = { userId: t('members.userId'), name: t('members.name'), email: t('members.email'), position: t('members.position') };
  const submit = async (values: Values) => {
    const person = schema.parse(values);
    if (await findMember(cbe, person.userId)) throw alreadyMember();
    const member = await appoint.mutateAsync(person);
    void navigate(paths.members(cbe), withFlash('members.added', { name: member.name }));
  };
  return (
    <Form
      methods={methods}
      onSubmit={submit}
      labels={labels}
      submitLabel={t('members.add')}
      problemFields={{ [ALREADY_MEMBER]: { field: 'userId', message: 'validation.alreadyMember' } }}
    >
      <TextField name="userId" label={labels.userId} hint={t('members.userIdHint')} spellCheck={false} autoComplete="off" />
      <TextField name="name" label={labels.name} autoComplete="off" />
      <TextField name="email" label={labels.email} type="email" spellCheck={false} autoComplete="off" />
      <ChoiceField
        name="position"
        legend={labels.position}
        hint={t('members.positionHint')}
        options={POSITIONS.map((value) => ({ value, label: t(`positions.${value}`) }))}
      />
    </Form>
  );
}
