import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/problem-error';
import { NoRight } from './no-right';
import { ProblemMessage } from './problem-message';

/** What QueryState reads of a query, a paged one included. */
interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  data: T | undefined;
}

/** Shows a query's data, or that it is loading, or why it was refused (a missing right names whom to ask). */
export function QueryState<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  if (query.isError) {
    const error = query.error;
    if (error instanceof ProblemError && error.code === 'missingTechnicalChannelsRight') return <NoRight error={error} />;
    return (
      <div className="notice notice--error" role="alert">
        <ProblemMessage error={error} />
      </div>
    );
  }
  return <>{children(query.data as T)}</>;
}
