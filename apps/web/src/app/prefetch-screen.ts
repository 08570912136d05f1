import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { routes, type ScreenHandle } from './routes';

/**
 * Starts, beside the session and `/me`, what the screen at `pathname` will need: its chunk and its first data. A
 * reload then waits for one round of requests instead of session → chunk → data one after the other.
 */
export function prefetchScreen(client: QueryClient, pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const handle = match.route.handle as ScreenHandle | undefined;
    void handle?.preload();
    handle?.prefetch?.(client, match.params);
  }
}
