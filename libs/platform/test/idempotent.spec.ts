import { idempotent } from '../src/idempotency/idempotent';
import { PlatformFixture } from './platform-fixture';

describe('idempotent commands (real PostgreSQL)', () => {
  const fixture = new PlatformFixture('sender');

  beforeAll(() => fixture.start());
  afterAll(() => fixture.stop());

  it('runs the command once for concurrent twins and gives both the first reply', async () => {
    let runs = 0;
    const command = () =>
      fixture.em().transactional((tx) =>
        idempotent(tx, 'user-1:sender.create', 'key-1', async () => {
          runs += 1;
          await new Promise((resolve) => setImmediate(resolve));
          return { senderNumber: `10000${runs}` };
        }),
      );
    const replies = await Promise.all([command(), command(), command()]);
    expect(runs).toBe(1);
    expect(replies).toEqual([{ senderNumber: '100001' }, { senderNumber: '100001' }, { senderNumber: '100001' }]);
  });

  it('runs again when the first attempt failed (nothing was committed)', async () => {
    const attempt = (fail: boolean) =>
      fixture.em().transactional((tx) =>
        idempotent(tx, 'user-1:sender.create', 'key-2', async () => {
          if (fail) throw new Error('refused');
          return { ok: true };
        }),
      );
    await expect(attempt(true)).rejects.toThrow('refused');
    await expect(attempt(false)).resolves.toEqual({ ok: true });
  });

  it('keeps keys of different scopes apart', async () => {
    const run = (scope: string, value: number) => fixture.em().transactional((tx) => idempotent(tx, scope, 'shared', async () => value));
    expect(await run('user-1:a', 1)).toBe(1);
    expect(await run('user-2:a', 2)).toBe(2);
  });
});
