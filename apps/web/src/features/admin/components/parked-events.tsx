import type { ParkedEventView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/data-table';
import { ProblemMessage } from '../../../components/problem-message';
import { QueryState } from '../../../components/query-state';
import { useParkedEventAction, useParkedEvents } from '../api/desk';

/** Events a consumer gave up on, with why; each may be applied again (replay) or dropped (discard). */
export function ParkedEvents() {
  const { t, i18n } = useTranslation();
  const parked = useParkedEvents();
  const act = useParkedEventAction();
  const label = (event: ParkedEventView) => `${event.service} #${event.sequence}`;
  const columns: Column<ParkedEventView>[] = [
    { header: t('admin.parkedEvent'), rowHeader: true, cell: (event) => label(event) },
    { header: t('admin.eventType'), cell: (event) => <code>{event.eventType ?? '–'}</code> },
    { header: t('admin.consumer'), cell: (event) => event.durable },
    { header: t('admin.parkedReason'), cell: (event) => <span className="small">{event.reason}</span> },
    { header: t('admin.parkedAt'), cell: (event) => new Date(event.parkedAt).toLocaleString(i18n.language) },
    {
      header: t('common.actions'),
      hideHeader: true,
      cell: (event) => (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={act.isPending}
            onClick={() => act.mutate({ event, action: 'replay' })}
          >
            {t('admin.replay')}
            <span className="visually-hidden"> – {label(event)}</span>
          </button>{' '}
          <button
            type="button"
            className="button button--warning button--small"
            disabled={act.isPending}
            onClick={() => act.mutate({ event, action: 'discard' })}
          >
            {t('admin.discard')}
            <span className="visually-hidden"> – {label(event)}</span>
          </button>
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="desk-parked">
      <h2 id="desk-parked">{t('admin.parkedEvents')}</h2>
      {act.isSuccess && (
        <p className="notice notice--success" role="status">
          {t(act.variables.action === 'replay' ? 'admin.replayed' : 'admin.discarded', { event: label(act.variables.event) })}
        </p>
      )}
      {act.isError && (
        <div className="notice notice--error" role="alert">
          <ProblemMessage error={act.error} />
        </div>
      )}
      <QueryState query={parked}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('admin.noParkedEvents')}</p>
          ) : (
            <DataTable caption={t('admin.parkedEvents')} columns={columns} rows={items} rowKey={label} />
          )
        }
      </QueryState>
    </section>
  );
}
