import { TestScope } from '@chaman/testing';
import { MikroORM } from '@mikro-orm/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateService } from '../src/bootstrap/start-service';
import { databaseTls } from '../src/database/database-tls';
import { ormOptions } from '../src/database/orm-options';

describe("a service's database URL decides TLS (sslmode), also through MikroORM", () => {
  const scope = new TestScope();
  const config = scope.serviceConfig('access');
  const persistence = { entities: [], migrations: [] };
  const folder = mkdtempSync(join(tmpdir(), 'chaman-db-tls-'));

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await scope.dispose();
  });

  /** Opens the service's ORM with `query` added to its database URL and runs one statement. */
  async function query(urlQuery: string): Promise<string> {
    const orm = await MikroORM.init(ormOptions({ ...config, databaseUrl: `${config.databaseUrl}${urlQuery}` }, persistence)).catch(
      (error: Error) => error,
    );
    if (orm instanceof Error) return orm.message;
    try {
      return (await orm.em.getConnection().execute<{ answer: string }[]>(`select 'clear' as answer`))[0].answer;
    } catch (error) {
      return (error as Error).message;
    } finally {
      await orm.close();
    }
  }

  it('asks the server for TLS when the URL says sslmode=require (this test server has none), and connects without it otherwise', async () => {
    await migrateService({ name: 'access', persistence, modules: [] }, config);
    expect(await query('')).toBe('clear');
    expect(await query('?sslmode=disable')).toBe('clear');
    // Before: MikroORM dropped the URL's query and connected in clear text whatever sslmode said.
    expect(await query('?sslmode=require')).toMatch(/does not support SSL/i);
  });

  it('verifies the certificate and the host name with verify-full, against sslrootcert', () => {
    const ca = join(folder, 'ca.pem');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nroot\n-----END CERTIFICATE-----\n');
    expect(databaseTls(`postgres://r@db/x?sslmode=verify-full&sslrootcert=${ca}`)).toEqual({
      ca: expect.stringContaining('root'),
      rejectUnauthorized: true,
    });
    expect(databaseTls('postgres://r@db/x?sslmode=verify-ca')).toMatchObject({ rejectUnauthorized: true });
    expect(databaseTls('postgres://r@db/x?sslmode=require')).toEqual({ rejectUnauthorized: false });
    expect(databaseTls('postgres://r@db/x')).toBe(false);
    expect(() => databaseTls('postgres://r@db/x?sslmode=verify')).toThrow(/Unknown sslmode/);
  });
});
