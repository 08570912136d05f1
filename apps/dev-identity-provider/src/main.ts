import { createIdentityProvider } from './identity-provider';
import { identityProviderConfigFromEnv } from './identity-provider-config';

async function main(): Promise<void> {
  const config = identityProviderConfigFromEnv();
  const provider = await createIdentityProvider(config);
  const server = provider.listen(config.port, config.host, () => {
    console.log(JSON.stringify({ level: 'info', msg: 'development identity provider started', issuer: config.issuer, port: config.port }));
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  console.error(`[dev-identity-provider] ${error.message}`);
  process.exit(1);
});
