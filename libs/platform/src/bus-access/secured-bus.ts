import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import { nkeys } from 'nats';
import type { NatsCredentialsFile } from '../bus/nats-credentials';
import { BUS_CLIENTS, type BusClientName, inboxPrefixOf } from './bus-clients';
import { type ClientIdentity, natsServerConfig, type NatsServerSettings, type RouteCredentials } from './nats-server-config';

type ClusterSettings = NonNullable<NatsServerSettings['cluster']>;

export interface SecuredBusSettings extends Omit<NatsServerSettings, 'identities' | 'cluster'> {
  /** A node of a cluster; its route credentials default to those kept in `dir` (`route.json`), else new ones. */
  cluster?: Omit<ClusterSettings, 'routeCredentials'> & { routeCredentials?: RouteCredentials };
  /** Where the configuration and the credential files go (`nats.conf`, `<client>.json`). */
  dir: string;
  /** The addresses clients connect to, written into their credential files. */
  servers: string[];
  /** NKEYs (default: the server holds public keys only) or generated passwords (user = client name). */
  auth?: 'nkey' | 'password';
  /** The configuration's file name in `dir` (default `nats.conf`). */
  configName?: string;
}

/** One node of a cluster: its name (and configuration `<name>.conf`), where it listens, and its own store. */
export interface ClusterNode {
  name: string;
  host: string;
  port: number;
  routePort: number;
  /** Defaults to the cluster's `storeDir` (a volume of the node's own, as in a container). */
  storeDir?: string;
}

export interface SecuredClusterSettings extends Omit<SecuredBusSettings, 'port' | 'cluster' | 'configName'> {
  clusterName: string;
  nodes: ClusterNode[];
  /** Shared by every node; defaults to those kept in `dir`, else new ones. */
  routeCredentials?: RouteCredentials;
}

export interface SecuredBus {
  configFile: string;
  /** Each client's credential file, as `NATS_CREDENTIALS_FILE` takes it. */
  credentialFiles: Record<BusClientName, string>;
  credentials: Record<BusClientName, NatsCredentialsFile>;
}

/** A client's credentials: kept from an earlier run (a downstream system keeps working), else new ones. */
function credentialsOf(file: string, client: BusClientName, servers: string[], auth: 'nkey' | 'password'): NatsCredentialsFile {
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as NatsCredentialsFile) : undefined;
  const inboxPrefix = inboxPrefixOf(client);
  if (auth === 'password') return { servers, user: client, pass: kept?.pass ?? randomBytes(24).toString('base64url'), inboxPrefix };
  return { servers, nkeySeed: kept?.nkeySeed ?? new TextDecoder().decode(nkeys.createUser().getSeed()), inboxPrefix };
}

/** The cluster's route credentials: given, else kept from an earlier run (`route.json`, 0600), else new ones. */
function routeCredentialsOf(dir: string, given?: RouteCredentials): RouteCredentials {
  const file = join(dir, 'route.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RouteCredentials) : undefined;
  const credentials = given ?? kept ?? { user: 'route', password: randomBytes(24).toString('base64url') };
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return credentials;
}

function identityOf(credentials: NatsCredentialsFile): ClientIdentity {
  if (!credentials.nkeySeed) return { user: credentials.user!, password: credentials.pass! };
  return { nkey: nkeys.fromSeed(new TextEncoder().encode(credentials.nkeySeed)).getPublicKey() };
}

/**
 * Writes a secured bus for a deployment: one NKEY per client (private seeds in `<client>.json`, readable by the
 * owner only) and the nats-server configuration, which holds public keys alone. Used by `npm start`, the tests
 * and `docker compose`; in production the same files come from `node libs/platform/dist/bus-access/secure-bus.cli.js`.
 */
export function writeSecuredBus(settings: SecuredBusSettings): SecuredBus {
  mkdirSync(settings.dir, { recursive: true, mode: 0o700 });
  const credentialFiles = {} as Record<BusClientName, string>;
  const credentials = {} as Record<BusClientName, NatsCredentialsFile>;
  const identities = {} as Record<BusClientName, ClientIdentity>;
  for (const client of BUS_CLIENTS) {
    const file = join(settings.dir, `${client}.json`);
    credentials[client] = credentialsOf(file, client, settings.servers, settings.auth ?? 'nkey');
    identities[client] = identityOf(credentials[client]);
    writeFileSync(file, `${JSON.stringify(credentials[client], null, 2)}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    credentialFiles[client] = file;
  }
  const configFile = join(settings.dir, settings.configName ?? 'nats.conf');
  const { dir: _dir, servers: _servers, auth: _auth, configName: _configName, cluster, ...server } = settings;
  const routed = cluster ? { ...cluster, routeCredentials: routeCredentialsOf(settings.dir, cluster.routeCredentials) } : undefined;
  writeFileSync(configFile, natsServerConfig({ ...server, identities, cluster: routed }), { mode: 0o600 });
  return { configFile, credentialFiles, credentials };
}

/**
 * A cluster's configurations, one per node (`<name>.conf`, routes to every other node), and one set of credentials
 * valid on all of them: a client is the same identity whichever node it reaches.
 */
export function writeSecuredCluster(settings: SecuredClusterSettings): SecuredBus[] {
  const { clusterName, nodes, routeCredentials, ...bus } = settings;
  return nodes.map((node) =>
    writeSecuredBus({
      ...bus,
      configName: `${node.name}.conf`,
      port: node.port,
      storeDir: node.storeDir ?? settings.storeDir,
      cluster: {
        serverName: node.name,
        name: clusterName,
        port: node.routePort,
        routes: nodes.filter((other) => other !== node).map((other) => `nats-route://${other.host}:${other.routePort}`),
        routeCredentials,
      },
    }),
  );
}

/**
 * Hands each process only what it needs, for deployments that mount one volume (or secret) per container:
 * every node configuration into `configDir` (the NATS servers' volume: public keys only), and each client's
 * credential file into `<clientsDir>/<client>/` where that folder exists (the one volume that client mounts),
 * mode 0400. Returns the files written.
 */
export function distributeSecuredBus(buses: SecuredBus[], target: { configDir?: string; clientsDir?: string }): string[] {
  const written: string[] = [];
  const copy = (from: string, dir: string, mode: number) => {
    const to = join(dir, basename(from));
    copyFileSync(from, to);
    chmodSync(to, mode);
    written.push(to);
  };
  if (target.configDir) for (const bus of buses) copy(bus.configFile, target.configDir, 0o600);
  if (target.clientsDir) {
    for (const client of BUS_CLIENTS) {
      const dir = join(target.clientsDir, client);
      if (existsSync(dir) && statSync(dir).isDirectory()) copy(buses[0].credentialFiles[client], dir, 0o400);
    }
  }
  return written;
}
