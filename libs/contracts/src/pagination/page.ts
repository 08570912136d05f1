import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

/** Keyset pagination query: `cursor` is the opaque position after which the next page starts. */
export class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit?: number;

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
