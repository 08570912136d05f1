import type { MemberView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../app/paths';
import { ChoiceField } from '../../../components/form/choice-field';
import { Form } from '../../../components/form/form';
import { TextField } from '../../../components/form/text-field';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { Page } from '../../../components/layout/page';
import { identifiedPerson } from '../../../lib/person-schema';
import { QueryState } from '../../../components/query-state';
import { useAppointMember, useMembers } from '../api/members';

// The chief access manager is appointed by the platform operator only, at registration.
const POSITIONS = ['USER', 'GROUP_MANAGER', 'ACCESS_MANAGER'] as const;

// The same rules as the service's AppointMemberBody (IdentifiedPerson and a position); a person already in the list is told here, because the
// service's PUT would change that member instead of adding one.
const schemaFor = (members: MemberView[]) =>
  z.object({
    ...identifiedPerson,
    userId: identifiedPerson.userId.refine((userId) => !members.some((member) => member.userId === userId), 'validation.alreadyMember'),
    position: z.enum(POSITIONS, { message: 'validation.positionRequired' }),
  });
type Values = z.input<ReturnType<typeof schemaFor>>;

/** Access managers appoint a person, who can then log in and act for the enterprise according to their position. */
export function AddMemberPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const members = useMembers(cbe);
  return (
    <Page title={t('members.add')}>
      <p className="lead">{t('members.addLead')}</p>
      <QueryState query={members}>{(items) => <AddMemberForm cbe={cbe} members={items} />}</QueryState>
      <p>
        <Link to={paths.members(cbe)}>{t('common.back')}</Link>
      </p>
    </Page>
  );
}

function AddMemberForm({ cbe, members }: { cbe: string; members: MemberView[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const appoint = useAppointMember(cbe);
  const schema = schemaFor(members);
  const methods = useSchemaForm<Values>(schema, { userId: '', name: '', email: '', position: 'USER' });
  const labels = { userId: t('members.userId'), name: t('members.name'), email: t('members.email'), position: t('members.position') };
  const submit = async (values: Values) => {
    const member = await appoint.mutateAsync(schema.parse(values));
    void navigate(paths.members(cbe), { state: { flash: t('members.added', { name: member.name }) } });
  };
  return (
    <Form methods={methods} onSubmit={submit} labels={labels} submitLabel={t('members.add')}>
      <TextField name="userId" label={labels.userId} hint={t('members.userIdHint')} spellCheck={false} autoComplete="off" />
      <TextField name="name" label={labels.name} autoComplete="off" />
      <TextField name="email" label={labels.email} type="email" spellCheck={false} autoComplete="off" />
      <ChoiceField name="position" legend={labels.position} hint={t('members.positionHint')} options={POSITIONS.map((value) => ({ value, label: t(`positions.${value}`) }))} />
    </Form>
  );
}
