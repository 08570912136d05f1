import type { Page } from '@chaman/contracts';
import type { FastifyRequest } from 'fastify';

/** An HTTP collection (Belgif): the page's items, its own URL, and the URL of the next page when there is one. */
export interface Collection<Item> {
  items: Item[];
  self: string;
  next?: string;
}

export function collectionOf<Item>(page: Page<Item>, request: FastifyRequest): Collection<Item> {
  const url = new URL(request.url, 'http://gateway.invalid');
  const self = `${url.pathname}${url.search}`;
  if (!page.nextCursor) return { items: page.items, self };
  url.searchParams.set('cursor', page.nextCursor);
  return { items: page.items, self, next: `${url.pathname}${url.search}` };
}
