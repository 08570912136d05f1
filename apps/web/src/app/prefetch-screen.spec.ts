import { fakeFetch } from '../../test/fake-fetch';
import { createQueryClient } from './app';
import { prefetchScreen } from './prefetch-screen';

describe('prefetching the screen of an address', () => {
  it("asks for a sender page's data at once, before anything is rendered", () => {
    const calls = fakeFetch({});
    prefetchScreen(createQueryClient(), '/e/0123456749/senders/100000');
    expect(calls.map((call) => call.path).sort()).toEqual([
      '/api/v1/enterprises/0123456749/senders/100000',
      '/api/v1/enterprises/0123456749/senders/100000/channels?limit=20',
      '/api/v1/enterprises/0123456749/senders/100000/rest-accounts?limit=20',
    ]);
  });

  it('asks for nothing on a screen without data of its own, nor at an unknown address', () => {
    const calls = fakeFetch({});
    prefetchScreen(createQueryClient(), '/e/0123456749/delegations/new');
    prefetchScreen(createQueryClient(), '/nowhere/at/all');
    expect(calls).toEqual([]);
  });
});
