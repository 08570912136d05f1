import type { UnsentMailView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/data-table';
import { ProblemMessage } from '../../../components/problem-message';
import { MoreButton } from '../../../components/more-button';
import { QueryState } from '../../../components/query-state';
import { useResendMail, useUnsentMails } from '../api/desk';

/** Mails the SMTP server refused, with why, and the button that sends one again now. */
export function UnsentMails() {
  const { t, i18n } = useTranslation();
  const mails = useUnsentMails();
  const resend = useResendMail();
  const columns: Column<UnsentMailView>[] = [
    { header: t('admin.recipient'), rowHeader: true, cell: (mail) => mail.recipientEmail },
    { header: t('admin.subject'), cell: (mail) => mail.subject },
    { header: t('admin.attempts'), cell: (mail) => mail.attempts },
    { header: t('admin.lastError'), cell: (mail) => <span className="small">{mail.lastError ?? '–'}</span> },
    { header: t('admin.nextAttempt'), cell: (mail) => new Date(mail.nextAttemptAt).toLocaleString(i18n.language) },
    {
      header: t('common.actions'),
      hideHeader: true,
      cell: (mail) => (
        <button type="button" className="button button--small" disabled={resend.isPending} onClick={() => resend.mutate(mail.id)}>
          {t('admin.resend')}
          <span className="visually-hidden"> – {mail.recipientEmail}</span>
        </button>
      ),
    },
  ];
  return (
    <section aria-labelledby="desk-mails">
      <h2 id="desk-mails">{t('admin.unsentMails')}</h2>
      {resend.isSuccess && (
        <p className="notice notice--success" role="status">
          {t('admin.resent', { email: resend.data.recipientEmail })}
        </p>
      )}
      {resend.isError && (
        <div className="notice notice--error" role="alert">
          <ProblemMessage error={resend.error} />
        </div>
      )}
      <QueryState query={mails}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('admin.noUnsentMails')}</p>
          ) : (
            <DataTable caption={t('admin.unsentMails')} columns={columns} rows={items} rowKey={(mail) => mail.id} />
          )
        }
      </QueryState>
      <MoreButton query={mails} />
    </section>
  );
}
