import { fakeFetch } from '../../test/fake-fetch';
import { apiPath, firstPage, nextPage, request } from './api-client';
import { ProblemError } from './problem-error';

describe('the API client', () => {
  it('names itself, sends the session cookie only to its own origin, and sends JSON', async () => {
    const calls = fakeFetch({ 'POST /api/v1/enterprises/0123456749/senders': { status: 201, body: { senderNumber: '100001' } } });
    await expect(request(apiPath`/enterprises/${'0123456749'}/senders`, { method: 'POST', body: { quality: 'CPAS' } })).resolves.toEqual({
      senderNumber: '100001',
    });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      body: { quality: 'CPAS' },
      headers: { 'X-Chaman-Client': 'web', 'content-type': 'application/json' },
    });
    expect((globalThis.fetch as jest.Mock).mock.calls[0][1]).toMatchObject({ credentials: 'same-origin' });
  });

  it('throws the problem the API answered, issues and extensions included', async () => {
    const problem = {
      type: 'urn:problem-type:chaman:relaunchLimitReached',
      status: 409,
      title: 'Relaunch Limit Reached',
      code: 'relaunchLimitReached',
      detail: 'Contact the company.',
    };
    fakeFetch({ 'POST /api/v1/x': { status: 409, body: problem } });
    const error = await request('/api/v1/x', { method: 'POST' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problem).toEqual(problem);
  });

  it('reads the code from the type when a problem lacks it, and makes one up for an answer that is no problem', async () => {
    fakeFetch({
      'GET /api/v1/a': { status: 403, body: { type: 'urn:problem-type:belgif:missingPermission', status: 403, title: 'x' } },
      'GET /api/v1/b': { status: 502 },
    });
    await expect(request('/api/v1/a')).rejects.toMatchObject({ code: 'missingPermission' });
    await expect(request('/api/v1/b')).rejects.toMatchObject({ code: 'internalServerError', problem: { status: 502 } });
  });

  it('turns a network failure into a serviceUnavailable problem', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(request('/api/v1/me')).rejects.toMatchObject({ code: 'serviceUnavailable' });
  });

  it('asks for a first page with the filters that are set, and follows next links on its own origin only', () => {
    expect(firstPage('/api/v1/m', { status: 'PENDING', search: '', side: undefined })).toBe('/api/v1/m?limit=20&status=PENDING');
    expect(firstPage('/api/v1/m', {}, 100)).toBe('/api/v1/m?limit=100');
    expect(nextPage({ items: [1], next: 'http://localhost/api/v1/m?limit=20&cursor=abc' })).toBe('/api/v1/m?limit=20&cursor=abc');
    expect(nextPage({ items: [1] })).toBeUndefined();
  });

  it('escapes every path segment', () => {
    expect(apiPath`/enterprises/${'a/b'}/members/${'é x'}`).toBe('/api/v1/enterprises/a%2Fb/members/%C3%A9%20x');
  });
});
