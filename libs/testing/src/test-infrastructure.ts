import { existsSync } from 'node:fs';

/** Where the tests' PostgreSQL and NATS are. */
export interface TestInfrastructure {
  databaseUrl: string;
  natsUrl: string;
  /** How it was chosen, for the run's log. */
  source: 'environment' | 'testcontainers' | 'local';
}

export const TEST_DATABASE_URL = 'CHAMAN_TEST_DATABASE_URL';
export const TEST_NATS_URL = 'CHAMAN_TEST_NATS_URL';

function dockerEngineReachable(): boolean {
  const host = process.env.DOCKER_HOST;
  if (host) return !host.startsWith('unix://') || existsSync(host.slice('unix://'.length));
  return existsSync('/var/run/docker.sock');
}

/**
 * Decided once, before any container is constructed: the services named by environment variables when
 * given; else containers when a Docker engine is reachable; else the machine's own local services.
 */
export function chooseInfrastructure(): TestInfrastructure['source'] {
  if (process.env[TEST_DATABASE_URL] && process.env[TEST_NATS_URL]) return 'environment';
  return dockerEngineReachable() && process.env.CHAMAN_TEST_NO_CONTAINERS !== 'true' ? 'testcontainers' : 'local';
}

export function infrastructureFromEnv(): TestInfrastructure {
  return {
    databaseUrl: process.env[TEST_DATABASE_URL] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    natsUrl: process.env[TEST_NATS_URL] ?? 'nats://127.0.0.1:4222',
    source: chooseInfrastructure() === 'environment' ? 'environment' : 'local',
  };
}
