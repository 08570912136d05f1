import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

function PageSizeField(): PropertyDecorator {
  return (target, property) => {
    IsOptional()(target, property);
    Type(() => Number)(target, property);
    IsInt()(target, property);
    Min(1)(target, property);
    Max(MAX_PAGE_LIMIT)(target, property);
  };
}

/** Keyset pagination query: `cursor` is the opaque position after which the next page starts. */
export class PageInput {
  @PageSizeField()
  limit?: number;

  /** The Belgif name of `limit`; `limit` wins when both are given. */
  @PageSizeField()
  pageSize?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

/** A page as services answer it; the gateway turns `nextCursor` into the `next` URL of the HTTP collection. */
export interface Page<Item> {
  items: Item[];
  nextCursor?: string;
}
