import Fastify from 'fastify';
import pino from 'pino';
import { Writable } from 'node:stream';
import { AccessLog } from './access-log';

describe('AccessLog', () => {
  it('writes one line per request, with method, route, status, time and trace id, and no credentials', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const app = Fastify({ loggerInstance: pino(sink), logController: new AccessLog(), genReqId: () => 'trace-1' });
    app.get('/enterprises/:cbe', async () => ({ ok: true }));
    await app.ready();
    const answer = await app.inject({
      method: 'GET',
      url: '/enterprises/0403170701?code=secret-code',
      headers: { authorization: 'Bearer secret-token', cookie: 'chaman_session=secret' },
    });
    expect(answer.statusCode).toBe(200);
    await app.inject({ method: 'GET', url: '/nowhere' });
    await app.close();

    const requests = lines.filter((line) => line.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        route: '/enterprises/:cbe',
        path: '/enterprises/0403170701',
        status: 200,
        ms: expect.any(Number),
        requestId: 'trace-1',
      }),
      expect.objectContaining({ method: 'GET', route: null, path: '/nowhere', status: 404 }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/secret/);
  });
});
