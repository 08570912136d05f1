import type { ServiceName } from '@chaman/contracts';
import { join } from 'node:path';
import { AppProcess } from './app-process';
import { freePort } from './free-port';

export interface ServiceProcessSettings {
  natsUrl: string;
  /** The service's own credential file on the secured bus. */
  natsCredentialsFile: string;
  subjectPrefix: string;
  /** An administrator of the PostgreSQL server: the service bootstraps its database `<databaseNamePrefix>_<service>` and the role of that name with it. */
  databaseAdminUrl: string;
  databaseNamePrefix: string;
  /** Extra environment (e.g. service-specific settings). */
  env?: Record<string, string>;
}

/** One service run as production runs it, on a port, database and prefix of its own that survive its restarts. */
export class ServiceProcess extends AppProcess {
  readonly databaseName: string;

  private constructor(
    readonly service: ServiceName,
    readonly httpPort: number,
    settings: ServiceProcessSettings,
  ) {
    const upper = service.toUpperCase();
    const databaseName = `${settings.databaseNamePrefix}_${service}`;
    super({
      name: `${service}-service`,
      entry: join('apps', `${service}-service`, 'src', 'main.ts'),
      readyUrl: `http://127.0.0.1:${httpPort}/health/ready`,
      env: {
        NATS_URL: settings.natsUrl,
        NATS_CREDENTIALS_FILE: settings.natsCredentialsFile,
        NATS_SUBJECT_PREFIX: settings.subjectPrefix,
        DATABASE_ADMIN_URL: settings.databaseAdminUrl,
        DATABASE_NAME_PREFIX: settings.databaseNamePrefix,
        [`${upper}_DATABASE_NAME`]: databaseName,
        [`${upper}_HTTP_PORT`]: String(httpPort),
        HTTP_HOST: '127.0.0.1',
        LOG_LEVEL: process.env.CHAMAN_TEST_LOG_LEVEL ?? 'warn',
        OUTBOX_POLL_MS: '200',
        // A killed consumer's unacknowledged events come back after this, not after the 30 s default.
        EVENT_ACK_WAIT_MS: '3000',
        ...settings.env,
      },
    });
    this.databaseName = databaseName;
  }

  static async create(service: ServiceName, settings: ServiceProcessSettings): Promise<ServiceProcess> {
    return new ServiceProcess(service, await freePort(), settings);
  }
}
