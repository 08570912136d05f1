// The bootstrap step of a deployment: each service's role and the database it owns, made with an administrator's URL.
//   DATABASE_ADMIN_URL=postgres://admin:…@db:5432/postgres ACCESS_DATABASE_URL=postgres://chaman_access:…@db:5432/ …
//     node libs/platform/dist/database/database-bootstrap.cli.js [service …]
// Every service by default (its `<SERVICE>_DATABASE_URL` names its role and password; `<SERVICE>_DATABASE_NAME` or
// DATABASE_NAME_PREFIX its database). Idempotent: run it again to rotate a password or after adding a service.
import 'reflect-metadata';
import { SERVICE_NAMES, type ServiceName } from '@chaman/contracts';
import { databaseSettingsFromEnv } from '../config/read-env';
import { bootstrapDatabase } from './database-bootstrap';
import { credentialsOf } from './database-url';

async function main(env: NodeJS.ProcessEnv, services: string[]): Promise<void> {
  const adminUrl = env.DATABASE_ADMIN_URL;
  if (!adminUrl) throw new Error('DATABASE_ADMIN_URL is required');
  const unknown = services.filter((service) => !SERVICE_NAMES.includes(service as ServiceName));
  if (unknown.length > 0) throw new Error(`Unknown services: ${unknown.join(', ')} (known: ${SERVICE_NAMES.join(', ')})`);
  for (const service of (services.length > 0 ? services : SERVICE_NAMES) as ServiceName[]) {
    const { databaseName, databaseUrl } = databaseSettingsFromEnv(service, env);
    const { role, password } = credentialsOf(databaseUrl);
    await bootstrapDatabase(adminUrl, { database: databaseName, role, password });
    console.log(JSON.stringify({ service, database: databaseName, role }));
  }
}

main(process.env, process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
