import type { Type } from '@nestjs/common';

/** Every route controller of the API, one folder per domain; the module mounts them under /api/v1. */
export const ROUTE_CONTROLLERS: Type<unknown>[] = [];
