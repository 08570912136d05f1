import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

type Paged = Pick<UseInfiniteQueryResult, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>;

/** Asks for the next page of a list, while there is one; the rows it brings are added below those shown. */
export function MoreButton({ query }: { query: Paged }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <p>
      <button
        type="button"
        className="button button--secondary"
        disabled={query.isFetchingNextPage}
        onClick={() => void query.fetchNextPage()}
      >
        {t(query.isFetchingNextPage ? 'common.loading' : 'lists.showMore')}
      </button>
    </p>
  );
}
