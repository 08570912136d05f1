import { CreateSender } from '@chaman/contracts';
import { runCommand } from '../src/commands/run-command';
import { PlatformFixture } from './platform-fixture';

const createSender = (userId: string, body: object, idempotencyKey?: string) => ({
  subject: CreateSender.subject,
  request: { actor: { userId, isOperator: false }, ...body },
  idempotencyKey,
});

describe('runCommand: one transaction, at most once per Idempotency-Key (real PostgreSQL)', () => {
  const fixture = new PlatformFixture('sender');

  beforeAll(() => fixture.start());
  afterAll(() => fixture.stop());

  it('runs the command once for concurrent twins and gives both the first reply', async () => {
    let runs = 0;
    const command = () =>
      runCommand(fixture.orm, createSender('user-1', { quality: 'CPAS' }, 'key-1'), async () => {
        runs += 1;
        await new Promise((resolve) => setImmediate(resolve));
        return { senderNumber: `10000${runs}` };
      });
    const replies = await Promise.all([command(), command(), command()]);
    expect(runs).toBe(1);
    expect(replies).toEqual([{ senderNumber: '100001' }, { senderNumber: '100001' }, { senderNumber: '100001' }]);
  });

  it('runs again when the first attempt failed (nothing was committed)', async () => {
    const attempt = (fail: boolean) =>
      runCommand(fixture.orm, createSender('user-1', { quality: 'CPAS' }, 'key-2'), async () => {
        if (fail) throw new Error('refused');
        return { ok: true };
      });
    await expect(attempt(true)).rejects.toThrow('refused');
    await expect(attempt(false)).resolves.toEqual({ ok: true });
  });

  it('rolls back what the command wrote when it fails', async () => {
    const written = `select count(*)::int as count from idempotency_record where scope = 'rollback-probe'`;
    await expect(
      runCommand(fixture.orm, createSender('user-4', {}), async (em) => {
        await em.execute(
          `insert into idempotency_record (scope, key, request_hash, created_at) values ('rollback-probe', 'k', 'h', now())`,
        );
        expect(await em.execute(written)).toEqual([{ count: 1 }]);
        throw new Error('refused after writing');
      }),
    ).rejects.toThrow('refused after writing');
    expect(await fixture.em().execute(written)).toEqual([{ count: 0 }]);
  });

  it('runs every time without an Idempotency-Key', async () => {
    let runs = 0;
    const run = () => runCommand(fixture.orm, createSender('user-5', {}), async () => ++runs);
    expect([await run(), await run()]).toEqual([1, 2]);
  });

  it('keeps the keys of different people apart', async () => {
    const run = (userId: string, value: number) => runCommand(fixture.orm, createSender(userId, {}, 'shared'), async () => value);
    expect(await run('user-1', 1)).toBe(1);
    expect(await run('user-2', 2)).toBe(2);
  });

  it('refuses the same key for another request instead of replaying an unrelated answer', async () => {
    const run = (request: object) => runCommand(fixture.orm, createSender('user-3', request, 'reused'), async () => 'created');
    expect(await run({ enterpriseNumber: '0123456749' })).toBe('created');
    expect(await run({ enterpriseNumber: '0123456749' })).toBe('created');
    await expect(run({ enterpriseNumber: '0403170701' })).rejects.toMatchObject({ problem: { code: 'idempotencyKeyReused', status: 422 } });
  });
});
