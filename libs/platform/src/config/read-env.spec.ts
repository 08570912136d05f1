import { credentialsOf } from '../database/database-url';
import { databaseSettingsFromEnv, serviceConfigFromEnv } from './read-env';

describe('the database settings of a service', () => {
  it('in production: its own role from <SERVICE>_DATABASE_URL, never an administrator, and no start without it', () => {
    const env = {
      NODE_ENV: 'production',
      SENDER_DATABASE_URL: 'postgres://chaman_sender:s3cret@db:5432/',
      DATABASE_ADMIN_URL: 'postgres://postgres:admin@db:5432/postgres',
    };
    expect(databaseSettingsFromEnv('sender', env)).toEqual({ databaseName: 'chaman_sender', databaseUrl: env.SENDER_DATABASE_URL });
    expect(() => databaseSettingsFromEnv('access', env)).toThrow('ACCESS_DATABASE_URL is required in production');
  });

  it('in development: a role named after its database, bootstrapped with DATABASE_ADMIN_URL', () => {
    const settings = databaseSettingsFromEnv('access', {
      DATABASE_ADMIN_URL: 'postgres://postgres:admin@db:5432/postgres',
      DATABASE_NAME_PREFIX: 'chaman_test_x',
    });
    expect(settings.databaseName).toBe('chaman_test_x_access');
    expect(settings.databaseAdminUrl).toBe('postgres://postgres:admin@db:5432/postgres');
    expect(credentialsOf(settings.databaseUrl)).toEqual({ role: 'chaman_test_x_access', password: expect.any(String) });
    expect(new URL(settings.databaseUrl).host).toBe('db:5432');
  });

  it('refuses the old DATABASE_URL alone rather than silently use another server', () => {
    expect(() => databaseSettingsFromEnv('delegation', { DATABASE_URL: 'postgres://postgres@db:5432/postgres' })).toThrow(
      'DATABASE_URL is no longer read: set DELEGATION_DATABASE_URL',
    );
  });
});

describe('the clock of a service', () => {
  const development = { DATABASE_ADMIN_URL: 'postgres://postgres@db:5432/postgres' };

  it('is the system clock unless a test moves it ahead with CLOCK_OFFSET_MS', () => {
    expect(serviceConfigFromEnv('delegation', development).clock).toBeUndefined();
    const ahead = serviceConfigFromEnv('delegation', { ...development, CLOCK_OFFSET_MS: String(30 * 86_400_000) }).clock!;
    expect(ahead.now().getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
  });

  it('is never moved in production', () => {
    const production = {
      NODE_ENV: 'production',
      DELEGATION_DATABASE_URL: 'postgres://chaman_delegation:x@db:5432/',
      NATS_USER: 'delegation',
      NATS_PASSWORD: 'x',
      CLOCK_OFFSET_MS: '1000',
    };
    expect(() => serviceConfigFromEnv('delegation', production)).toThrow('refused in production');
  });
});
