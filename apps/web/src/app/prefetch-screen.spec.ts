import { fakeFetch } from '../../test/fake-fetch';
import { createQueryClient } from './app';
import { matchRoutes } from 'react-router';
import { prefetchScreen } from './prefetch-screen';
import { routes, type ScreenHandle } from './routes';

describe('prefetching the screen of an address', () => {
  it("asks for a sender page's data at once, before anything is rendered", () => {
    const calls = fakeFetch({});
    prefetchScreen(createQueryClient(), '/e/0123456749/senders/100000');
    expect(calls.map((call) => call.path).sort()).toEqual([
      '/api/v1/enterprises/0123456749/senders/100000',
      '/api/v1/enterprises/0123456749/senders/100000/channels?limit=20',
      '/api/v1/enterprises/0123456749/senders/100000/contact-verification',
      '/api/v1/enterprises/0123456749/senders/100000/rest-accounts?limit=20',
    ]);
  });

  it('asks for nothing on a screen without data of its own, nor at an unknown address', () => {
    const calls = fakeFetch({});
    prefetchScreen(createQueryClient(), '/e/0123456749/delegations/new');
    prefetchScreen(createQueryClient(), '/nowhere/at/all');
    expect(calls).toEqual([]);
  });

  it("starts on the home page the chunk of an enterprise's home, where `/me` leads a member of one enterprise", () => {
    const preloadOf = (pathname: string) =>
      matchRoutes(routes, pathname)
        ?.map((match) => (match.route.handle as ScreenHandle | undefined)?.preload)
        .find(Boolean);
    expect(preloadOf('/')).toBeDefined();
    expect(preloadOf('/')).toBe(preloadOf('/e/0123456749'));
  });
});
