// Writes a deployment's secured bus: `nats.conf` (public keys and permissions) and one credential file per client.
//   BUS_DIR=/bus NATS_SERVERS=nats://nats:4222 node libs/platform/dist/bus-access/secure-bus.cli.js
// Settings: NATS_HOST (0.0.0.0), NATS_PORT (4222), NATS_STORE_DIR (/data), NATS_MONITOR_PORT, NATS_MAX_FILE_STORE,
// NATS_SUBJECT_PREFIX (chaman), NATS_TLS_CERT_FILE/NATS_TLS_KEY_FILE/NATS_TLS_CA_FILE (server TLS; with a CA,
// clients must present certificates), BUS_AUTH (nkey | password), BUS_FILES_UID (owner of the credential files,
// e.g. 1000 for the `node` user). A cluster, in one run: NATS_CLUSTER_NAME and NATS_CLUSTER_NODES (the nodes' host
// names, comma-separated; each gets `<node>.conf` with routes to the others on NATS_CLUSTER_PORT, 6222). One node
// of a cluster, one run per node: NATS_CLUSTER_NAME, NATS_SERVER_NAME, NATS_CLUSTER_PORT and NATS_CLUSTER_ROUTES
// (comma-separated nats-route:// URLs). Routes authenticate: every node needs the same route credentials, kept in
// BUS_DIR/route.json (generated on the first run) or given as NATS_ROUTE_USER and NATS_ROUTE_PASSWORD (a shared
// secret for per-node runs). With TLS settings, routes use TLS too. Credentials already in BUS_DIR are kept.
// One volume per container: NATS_CONFIG_DIR receives the node configurations (public keys only) and, for each
// client whose folder BUS_CLIENT_DIRS/<client> exists (its own volume), its credential file alone (0400, BUS_FILES_UID).
import 'reflect-metadata';
import { DEFAULT_SUBJECT_PREFIX } from '@chaman/contracts';
import { chownSync } from 'node:fs';
import { intFromEnv } from '../config/read-env';
import { distributeSecuredBus, type SecuredBus, writeSecuredBus, writeSecuredCluster } from './secured-bus';

const env = process.env;
if (!env.BUS_DIR || !env.NATS_SERVERS) throw new Error('BUS_DIR and NATS_SERVERS are required');
const tls =
  env.NATS_TLS_CERT_FILE && env.NATS_TLS_KEY_FILE
    ? {
        certFile: env.NATS_TLS_CERT_FILE,
        keyFile: env.NATS_TLS_KEY_FILE,
        caFile: env.NATS_TLS_CA_FILE,
        verify: Boolean(env.NATS_TLS_CA_FILE),
      }
    : undefined;
const settings = {
  dir: env.BUS_DIR,
  servers: env.NATS_SERVERS.split(','),
  host: env.NATS_HOST ?? '0.0.0.0',
  port: intFromEnv(env, 'NATS_PORT', 4222),
  storeDir: env.NATS_STORE_DIR ?? '/data',
  subjectPrefix: env.NATS_SUBJECT_PREFIX ?? DEFAULT_SUBJECT_PREFIX,
  monitorPort: env.NATS_MONITOR_PORT ? intFromEnv(env, 'NATS_MONITOR_PORT', 8222) : undefined,
  maxFileStore: env.NATS_MAX_FILE_STORE,
  tls,
  auth: env.BUS_AUTH === 'password' ? ('password' as const) : ('nkey' as const),
};
const routePort = intFromEnv(env, 'NATS_CLUSTER_PORT', 6222);
const routeCredentials = env.NATS_ROUTE_PASSWORD ? { user: env.NATS_ROUTE_USER ?? 'route', password: env.NATS_ROUTE_PASSWORD } : undefined;
const nodes = (env.NATS_CLUSTER_NODES ?? '').split(',').filter(Boolean);
if (nodes.length > 0 && !env.NATS_CLUSTER_NAME) throw new Error('NATS_CLUSTER_NODES needs NATS_CLUSTER_NAME');

const buses: SecuredBus[] =
  nodes.length > 0
    ? writeSecuredCluster({
        ...settings,
        routeCredentials,
        clusterName: env.NATS_CLUSTER_NAME!,
        nodes: nodes.map((name) => ({ name, host: name, port: settings.port, routePort })),
      })
    : [
        writeSecuredBus({
          ...settings,
          cluster: env.NATS_CLUSTER_NAME
            ? {
                serverName: env.NATS_SERVER_NAME ?? env.HOSTNAME ?? 'nats',
                name: env.NATS_CLUSTER_NAME,
                port: routePort,
                routes: (env.NATS_CLUSTER_ROUTES ?? '').split(',').filter(Boolean),
                routeCredentials,
              }
            : undefined,
        }),
      ];
const [{ credentialFiles }] = buses;
const distributed = distributeSecuredBus(buses, { configDir: env.NATS_CONFIG_DIR, clientsDir: env.BUS_CLIENT_DIRS });
if (env.BUS_FILES_UID) {
  const owned = [...Object.values(credentialFiles), ...distributed.filter((file) => !file.endsWith('.conf'))];
  for (const file of owned) chownSync(file, Number(env.BUS_FILES_UID), Number(env.BUS_FILES_UID));
}
console.log(JSON.stringify({ config: buses.map((bus) => bus.configFile), credentials: credentialFiles }));
