import { createDemoApi } from './demo-api';
import { demoApiConfigFromEnv } from './demo-api-config';

async function main(): Promise<void> {
  const config = demoApiConfigFromEnv();
  // Fastify logs every request at info: warn by default keeps the output to what needs reading.
  const app = createDemoApi(config, { level: process.env.LOG_LEVEL ?? 'warn' });
  await app.listen({ port: config.port, host: config.host });
  console.log(
    JSON.stringify({
      level: 'info',
      msg: 'demo-api started',
      port: config.port,
      jwksUrl: config.jwksUrl,
      issuers: config.issuers,
      environment: config.environment,
      audience: config.audience,
    }),
  );
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  console.error(`[demo-api] ${error.message}`);
  process.exit(1);
});
