// `npm run migrate`: brings each service's database to its latest migration (the production path, where
// services start with MIGRATE_ON_START=false).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
for (const service of ['access-service', 'sender-service', 'delegation-service', 'notification-service', 'token-service']) {
  const result = spawnSync(process.execPath, [path.join(root, 'apps', service, 'dist', 'main.js'), 'migrate'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
