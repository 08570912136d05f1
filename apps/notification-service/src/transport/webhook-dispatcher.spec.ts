import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { post } from './webhook-dispatcher';

describe('a webhook POST pinned to the address that was checked', () => {
  let server: Server;
  const received: IncomingMessage[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(request);
      request.resume();
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('connects to the pinned address whatever the name resolves to now (DNS rebinding), naming the host it was given', async () => {
    const { port } = server.address() as AddressInfo;
    // A name no resolver knows: only the pinned address can be reached.
    const status = await post(new URL(`http://rebinding.invalid:${port}/hook`), { 'content-type': 'application/json' }, '{}', 5_000, {
      address: '127.0.0.1',
      family: 4,
    });
    expect(status).toBe(200);
    expect(received.at(-1)?.headers.host).toBe(`rebinding.invalid:${port}`);
    await expect(post(new URL(`http://rebinding.invalid:${port}/hook`), {}, '{}', 5_000)).rejects.toThrow();
  });
});
