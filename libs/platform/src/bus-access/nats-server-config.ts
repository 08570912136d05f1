import { BUS_CLIENTS, type BusClientName } from './bus-clients';
import { busPermissions } from './bus-permissions';

/** How the server recognises one client: its NKEY public key, or a user name and password. */
export type ClientIdentity = { nkey: string } | { user: string; password: string };

export interface NatsServerSettings {
  host: string;
  port: number;
  /** JetStream's store directory. */
  storeDir: string;
  subjectPrefix: string;
  identities: Record<BusClientName, ClientIdentity>;
  /** Server TLS (PEM files); with `caFile` and `verify`, clients must present a certificate too. */
  tls?: { certFile: string; keyFile: string; caFile?: string; verify?: boolean };
  /** HTTP monitoring port (health checks); off when absent. */
  monitorPort?: number;
  /** Upper bound of JetStream file storage, e.g. `10G`; the server's default (most of the disk) when absent. */
  maxFileStore?: string;
  /**
   * A node of a cluster: its name, the cluster's name, its route port, the other nodes' routes and the route
   * credentials every node of the cluster shares (a server without them is refused as a route).
   */
  cluster?: { serverName: string; name: string; port: number; routes: string[]; routeCredentials: RouteCredentials };
}

/** What a nats-server must present to join the cluster as a route (user and password, URL-safe). */
export interface RouteCredentials {
  user: string;
  password: string;
}

/** A route URL carrying the cluster's credentials (`nats-route://user:password@host:port`), replacing any it had. */
export function routeUrlWith(route: string, credentials: RouteCredentials): string {
  const url = new URL(route);
  url.username = encodeURIComponent(credentials.user);
  url.password = encodeURIComponent(credentials.password);
  return url.href.replace(/\/$/, '');
}

/**
 * The `cluster` block: routes only from servers that present the cluster's credentials, on TLS where the server has
 * TLS (route certificates verified against the CA when one is given).
 */
function clusterBlock(cluster: NonNullable<NatsServerSettings['cluster']>, host: string, tls: NatsServerSettings['tls']) {
  return {
    name: cluster.name,
    listen: `${host}:${cluster.port}`,
    authorization: { user: cluster.routeCredentials.user, password: cluster.routeCredentials.password, timeout: 2 },
    routes: cluster.routes.map((route) => routeUrlWith(route, cluster.routeCredentials)),
    ...(tls
      ? {
          tls: { cert_file: tls.certFile, key_file: tls.keyFile, ...(tls.caFile ? { ca_file: tls.caFile, verify: true } : {}), timeout: 5 },
        }
      : {}),
  };
}

/**
 * The nats-server configuration (JSON, which the server's configuration format accepts) of a secured bus:
 * no anonymous client, and each client with the permissions its role in `BUS_ROLES` gives it.
 */
export function natsServerConfig(settings: NatsServerSettings): string {
  const users = BUS_CLIENTS.map((client) => {
    const permissions = busPermissions(client, settings.subjectPrefix);
    return {
      ...settings.identities[client],
      permissions: {
        publish: permissions.publish,
        subscribe: permissions.subscribe,
        ...(permissions.allowResponses ? { allow_responses: true } : {}),
      },
    };
  });
  const config = {
    host: settings.host,
    port: settings.port,
    ...(settings.monitorPort ? { http_port: settings.monitorPort } : {}),
    ...(settings.cluster
      ? { server_name: settings.cluster.serverName, cluster: clusterBlock(settings.cluster, settings.host, settings.tls) }
      : {}),
    jetstream: { store_dir: settings.storeDir, ...(settings.maxFileStore ? { max_file_store: settings.maxFileStore } : {}) },
    authorization: { users },
    ...(settings.tls
      ? {
          tls: {
            cert_file: settings.tls.certFile,
            key_file: settings.tls.keyFile,
            ...(settings.tls.caFile ? { ca_file: settings.tls.caFile } : {}),
            verify: settings.tls.verify ?? false,
          },
        }
      : {}),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
