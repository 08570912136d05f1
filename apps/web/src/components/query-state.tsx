import type { ReactNode } from 'react';
import { ProblemError } from '../lib/problem-error';
import { NoRight } from './no-right';
import { ProblemMessage } from './problem-message';
import { Skeleton } from './skeleton';

/** What QueryState reads of a query, a paged one included. */
interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  data: T | undefined;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  /** The place held while loading: about the height of what usually comes. */
  placeholder?: ReactNode;
}

/** Shows a query's data, or a placeholder while it loads, or why it was refused (a missing right names whom to ask). */
export function QueryState<T>({ query, children, placeholder = <Skeleton /> }: QueryStateProps<T>) {
  if (query.isPending) return <>{placeholder}</>;
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
