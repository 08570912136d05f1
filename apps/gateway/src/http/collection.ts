import type { Page } from '@chaman/contracts';
import type { FastifyRequest } from 'fastify';

/** An HTTP collection: the page's items, and the URL of the next page when there is one. */
export function collectionOf<Item>(page: Page<Item>, request: FastifyRequest): { items: Item[]; next?: string } {
  if (!page.nextCursor) return { items: page.items };
  const url = new URL(request.url, 'http://gateway.invalid');
  url.searchParams.set('cursor', page.nextCursor);
  return { items: page.items, next: `${url.pathname}${url.search}` };
}
