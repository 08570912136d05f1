import type { MemberView } from '@chaman/contracts';
import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { withFlash } from '../../../components/flash';
import { ChoiceField } from '../../../components/form/choice-field';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { useHandOverChief } from '../api/chief';

const schema = z.object({ userId: z.string({ message: 'lifecycle.chooseMember' }).min(1, 'lifecycle.chooseMember') });
type Values = z.input<typeof schema>;

type MembersPages = UseInfiniteQueryResult<{ items: MemberView[]; pages: number }>;

interface HandOverChiefFormProps {
  cbe: string;
  /** The members as the viewer may list them (the enterprise's list, or the operator's desk). */
  members: MembersPages;
  /** Where the person goes back (cancel) and lands once the role is handed over. */
  back: string;
}

/** Picks the member who becomes chief access manager and confirms, saying that both people are told by mail. */
export function HandOverChiefForm({ cbe, members, back }: HandOverChiefFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const handOver = useHandOverChief(cbe);
  const methods = useSchemaForm<Values>(schema, { userId: undefined });
  const submit = async (values: Values) => {
    const chief = await handOver.mutateAsync(values.userId);
    void navigate(back, withFlash('lifecycle.chiefHandedOver', { name: chief.name }));
  };
  return (
    <>
      <QueryState query={members}>
        {({ items }) => {
          const chief = items.find((member) => member.position === 'CHIEF_ACCESS_MANAGER');
          const candidates = items.filter((member) => member !== chief);
          return (
            <>
              <p className="lead">{chief ? t('lifecycle.chiefNow', { name: chief.name }) : t('lifecycle.chiefNone')}</p>
              <p>{t('lifecycle.chiefLead')}</p>
              {candidates.length === 0 ? (
                <p>{t('lifecycle.chiefNoCandidate')}</p>
              ) : (
                <Form
                  methods={methods}
                  onSubmit={submit}
                  labels={{ userId: t('lifecycle.chiefWho') }}
                  submitLabel={t('lifecycle.chiefConfirm')}
                >
                  <ChoiceField
                    name="userId"
                    legend={t('lifecycle.chiefWho')}
                    hint={t('lifecycle.chiefMail')}
                    options={candidates.map((member) => ({
                      value: member.userId,
                      label: `${member.name} (${member.userId}), ${t(`positions.${member.position}`)}`,
                    }))}
                  />
                </Form>
              )}
            </>
          );
        }}
      </QueryState>
      <MoreButton query={members} />
      <p>
        <Link to={back}>{t('common.cancel')}</Link>
      </p>
    </>
  );
}
