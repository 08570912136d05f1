import { DEFAULT_PAGE_LIMIT, NestedList, type Page } from '@chaman/contracts';
import type { ClassConstructor } from 'class-transformer';
import { IsInt, IsOptional, IsString } from 'class-validator';
import type { FastifyRequest } from 'fastify';

/**
 * An HTTP collection (Belgif): the page's items (each with its own `href` when it is a resource of its own), the page
 * size in force, the collection's own URL, and the URL of the next page when there is one.
 */
export abstract class Collection<Item> {
  items!: Item[];

  @IsInt()
  pageSize!: number;

  @IsString()
  self!: string;

  @IsOptional()
  @IsString()
  next?: string;
}

export type Linked<Item> = Item & { href: string };

const collectionClasses = new Map<string, ClassConstructor<Collection<object>>>();

/** The collection of one view as a class (`MemberViewCollection`), for the OpenAPI document to describe. */
export function CollectionOf(
  view: ClassConstructor<object>,
  items: { href: boolean } = { href: false },
): ClassConstructor<Collection<object>> {
  const key = `${view.name}:${items.href}`;
  const known = collectionClasses.get(key);
  if (known) return known;
  let item = view;
  if (items.href) {
    class LinkedItem extends (view as ClassConstructor<object> & (new () => object)) {
      @IsString()
      href!: string;
    }
    Object.defineProperty(LinkedItem, 'name', { value: `Linked${view.name}` });
    item = LinkedItem;
  }
  class ViewCollection extends Collection<object> {}
  Object.defineProperty(ViewCollection, 'name', { value: `${view.name}Collection` });
  NestedList(() => item)(ViewCollection.prototype, 'items');
  collectionClasses.set(key, ViewCollection);
  return ViewCollection;
}

/** The collection of a service's page; `idOf` gives each item its `href` (the collection's path, then the item's id). */
export function collectionOf<Item>(page: Page<Item>, request: FastifyRequest): Collection<Item>;
export function collectionOf<Item>(page: Page<Item>, request: FastifyRequest, idOf: (item: Item) => string): Collection<Linked<Item>>;
export function collectionOf<Item>(page: Page<Item>, request: FastifyRequest, idOf?: (item: Item) => string): Collection<Item> {
  const url = new URL(request.url, 'http://gateway.invalid');
  const self = `${url.pathname}${url.search}`;
  const items = idOf ? page.items.map((item) => ({ href: `${url.pathname}/${encodeURIComponent(idOf(item))}`, ...item })) : page.items;
  // The query passed validation: `limit` (or its Belgif name `pageSize`) is an integer in range when present.
  const given = url.searchParams.get('limit') ?? url.searchParams.get('pageSize');
  const pageSize = given === null ? DEFAULT_PAGE_LIMIT : Number(given);
  if (!page.nextCursor) return { items, pageSize, self };
  url.searchParams.set('cursor', page.nextCursor);
  return { items, pageSize, self, next: `${url.pathname}${url.search}` };
}
