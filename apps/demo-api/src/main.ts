import { createDemoApi } from './demo-api';
import { demoApiConfigFromEnv } from './demo-api-config';

async function main(): Promise<void> {
  const config = demoApiConfigFromEnv();
  const app = createDemoApi(config, { level: process.env.LOG_LEVEL ?? 'info' });
  await app.listen({ port: config.port, host: config.host });
  app.log.info({ jwksUrl: config.jwksUrl, issuers: config.issuers, environment: config.environment, audience: config.audience }, 'demo-api started');
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  console.error(`[demo-api] ${error.message}`);
  process.exit(1);
});
