import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from './logger';
import { requestContext } from './request-context';

function capture(): { lines: string[]; logger: Logger } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger('test', 'info', sink) };
}

describe('createLogger', () => {
  it('adds the request id of the current request to every line', () => {
    const { lines, logger } = capture();
    requestContext.run({ requestId: 'req-1' }, () => logger.info('inside'));
    logger.info('outside');
    expect(JSON.parse(lines[0])).toMatchObject({ msg: 'inside', requestId: 'req-1', service: 'test' });
    expect(JSON.parse(lines[1])).not.toHaveProperty('requestId');
  });

  it('writes the request id once on a child logger already bound to the request', () => {
    const { lines, logger } = capture();
    requestContext.run({ requestId: 'req-1' }, () => logger.child({ requestId: 'req-1' }).info('request'));
    expect(lines[0].match(/"requestId"/g)).toHaveLength(1);
  });
});
