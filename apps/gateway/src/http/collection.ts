import { NestedList, type Page } from '@chaman/contracts';
import type { ClassConstructor } from 'class-transformer';
import { IsOptional, IsString } from 'class-validator';
import type { FastifyRequest } from 'fastify';

/** An HTTP collection (Belgif): the page's items, its own URL, and the URL of the next page when there is one. */
export abstract class Collection<Item> {
  items!: Item[];

  @IsString()
  self!: string;

  @IsOptional()
  @IsString()
  next?: string;
}

const collectionClasses = new Map<ClassConstructor<object>, ClassConstructor<Collection<object>>>();

/** The collection of one view as a class (`MemberViewCollection`), for the OpenAPI document to describe. */
export function CollectionOf(view: ClassConstructor<object>): ClassConstructor<Collection<object>> {
  const known = collectionClasses.get(view);
  if (known) return known;
  class ViewCollection extends Collection<object> {}
  Object.defineProperty(ViewCollection, 'name', { value: `${view.name}Collection` });
  NestedList(() => view)(ViewCollection.prototype, 'items');
  collectionClasses.set(view, ViewCollection);
  return ViewCollection;
}

export function collectionOf<Item>(page: Page<Item>, request: FastifyRequest): Collection<Item> {
  const url = new URL(request.url, 'http://gateway.invalid');
  const self = `${url.pathname}${url.search}`;
  if (!page.nextCursor) return { items: page.items, self };
  url.searchParams.set('cursor', page.nextCursor);
  return { items: page.items, self, next: `${url.pathname}${url.search}` };
}
