import { chooseInfrastructure, TEST_DATABASE_URL, TEST_NATS_URL } from './test-infrastructure';

interface Stoppable {
  stop(): Promise<unknown>;
}

declare global {
  var __chamanContainers: Stoppable[] | undefined;
}

/** Jest global setup: starts PostgreSQL and NATS containers only where a Docker engine is there to run them. */
export default async function globalSetup(): Promise<void> {
  const source = chooseInfrastructure();
  console.log(`\n[chaman tests] infrastructure: ${source}`);
  if (source !== 'testcontainers') return;
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const { GenericContainer, Wait } = await import('testcontainers');
  const [postgres, nats] = await Promise.all([
    new PostgreSqlContainer('postgres:16-alpine').withUsername('postgres').withPassword('postgres').start(),
    new GenericContainer('nats:2.10-alpine')
      .withCommand(['-js'])
      .withExposedPorts(4222)
      .withWaitStrategy(Wait.forLogMessage(/Server is ready/))
      .start(),
  ]);
  process.env[TEST_DATABASE_URL] = `postgres://postgres:postgres@${postgres.getHost()}:${postgres.getPort()}/postgres`;
  process.env[TEST_NATS_URL] = `nats://${nats.getHost()}:${nats.getMappedPort(4222)}`;
  globalThis.__chamanContainers = [postgres, nats];
}
