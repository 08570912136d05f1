import type { PermissionView } from '@chaman/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DESTRUCTIVE_BUTTON, Form } from '../../../components/form/form';
import { TextField } from '../../../components/form/text-field';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { identifiedPerson } from '../../../lib/person-schema';
import { useChangeRight } from '../api/members';

const schema = z.object({ userId: identifiedPerson.userId });
type Values = z.input<typeof schema>;

// The service's refusals about the person named, said next to the login id. `missingPermission` here means the
// person is a group manager: the form is shown to group managers only, whose own position allows the rest.
const PROBLEM_FIELDS = {
  resourceNotFound: { field: 'userId', message: 'validation.notAMember' },
  permissionNotGrantable: { field: 'userId', message: 'validation.rightByPosition' },
  missingPermission: { field: 'userId', message: 'validation.groupManagerRight' },
} as const;

/** Grants or withdraws the technical-channels right of a person named by login id, for managers who may not list the members. */
export function GrantRightForm({ cbe }: { cbe: string }) {
  const { t } = useTranslation();
  const change = useChangeRight(cbe);
  const methods = useSchemaForm<Values>(schema, { userId: '' });
  // The answer is kept as data, so its sentence follows a language switch.
  const [answer, setAnswer] = useState<PermissionView | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answer) confirmation.current?.focus();
  }, [answer]);
  const labels = { userId: t('members.userId') };
  const submit = async (values: Values, action: string) => {
    setAnswer(null);
    setAnswer(await change.mutateAsync({ userId: schema.parse(values).userId, grant: action === 'grant' }));
    methods.reset({ userId: '' });
  };
  const label = t('rights.technicalChannels');
  return (
    <>
      <div role="status">
        {answer && (
          <div className="notice notice--success" ref={confirmation} tabIndex={-1}>
            <p>{t(answer.held ? 'members.rightHeld' : 'members.rightNotHeld', { userId: answer.userId, label })}</p>
          </div>
        )}
      </div>
      <Form
        methods={methods}
        onSubmit={submit}
        labels={labels}
        problemFields={PROBLEM_FIELDS}
        actions={[
          { name: 'grant', label: t('members.grant') },
          { name: 'withdraw', label: t('members.withdraw'), className: DESTRUCTIVE_BUTTON },
        ]}
      >
        <TextField name="userId" label={labels.userId} hint={t('members.rightUserIdHint')} spellCheck={false} autoComplete="off" />
      </Form>
    </>
  );
}
