import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';
import { type Collection, firstPage, nextPage, request } from './api-client';

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

/** The most items the gateway answers in one page (`MAX_PAGE_LIMIT` of the contracts). */
const EXPORT_PAGE_LIMIT = 100;

/**
 * Every item of a collection, following `next` 100 at a time: for a CSV export only (the file holds the whole list,
 * not the pages on screen), never for a screen.
 */
export async function requestEveryItem<T>(path: string, filters: Record<string, string | undefined> = {}): Promise<T[]> {
  const items: T[] = [];
  for (let page: string | undefined = firstPage(path, filters, EXPORT_PAGE_LIMIT); page;) {
    const answer: Collection<T> = await request<Collection<T>>(page);
    items.push(...answer.items);
    page = nextPage(answer);
  }
  return items;
}
