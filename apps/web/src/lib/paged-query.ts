import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';
import { type Collection, nextPage, request } from './api-client';

/**
 * A collection read page by page, as the gateway pages it (`next`): the first page at once, the next ones when the
 * person asks for more. No screen reads a whole collection.
 */
export const pagedQuery = <T>(queryKey: QueryKey, first: string) =>
  infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => request<Collection<T>>(pageParam),
    initialPageParam: first,
    getNextPageParam: (page: Collection<T>) => nextPage(page),
    select: (data) => ({ items: data.pages.flatMap((page) => page.items), pages: data.pages.length }),
  });
