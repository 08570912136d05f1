import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const root = path.resolve(__dirname, '../..');
const overlaysDir = path.join(root, 'deploy/k8s/overlays');
const validator = path.join(__dirname, 'validate-manifests.mjs');
const deployableApps = readdirSync(path.join(root, 'apps')).filter((app) => app === 'gateway' || app.endsWith('-service'));

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: any;
}
interface Validated {
  kind: string;
  name: string;
  namespace?: string;
  errors: string[];
}

/** Validates every object of every overlay in `dir` against the Kubernetes schemas (kubernetes-models, offline). */
function validateOverlays(dir: string): { status: number | null; report: Record<string, Validated[]> } {
  const run = spawnSync(process.execPath, [validator, dir], { cwd: root, encoding: 'utf8' });
  if (!run.stdout) throw new Error(`validate-manifests.mjs printed nothing: ${run.stderr}`);
  return { status: run.status, report: JSON.parse(run.stdout) };
}

/** Renders an overlay exactly as `kubectl apply -k` would (kubectl's built-in Kustomize; no cluster needed). */
function render(overlay: string): Manifest[] {
  return parseAllDocuments(execFileSync('kubectl', ['kustomize', path.join(overlaysDir, overlay)], { encoding: 'utf8' })).map((document) =>
    document.toJS(),
  );
}

describe('Kubernetes manifests (deploy/k8s)', () => {
  const { status, report } = validateOverlays(overlaysDir);

  it('validate, object by object, against the Kubernetes schemas in every overlay', () => {
    expect(Object.keys(report).sort()).toEqual(['development', 'production']);
    const invalid = Object.values(report)
      .flat()
      .filter((entry) => entry.errors.length > 0);
    expect(invalid).toEqual([]);
    expect(status).toBe(0);
    expect(new Set(report.production.map((entry) => entry.namespace))).toEqual(new Set(['chaman']));
    expect(new Set(report.development.map((entry) => entry.namespace))).toEqual(new Set(['chaman-dev']));
  });

  it('are refused when an object breaks the schema (the check can fail)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chaman-k8s-'));
    try {
      mkdirSync(path.join(dir, 'broken'));
      writeFileSync(path.join(dir, 'broken', 'kustomization.yaml'), 'resources: [deployment.yaml]\n');
      writeFileSync(
        path.join(dir, 'broken', 'deployment.yaml'),
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: x }\nspec:\n  template:\n    spec:\n      containers: [{ name: x, ports: [{ containerPort: "http" }] }]\n',
      );
      const broken = validateOverlays(dir);
      expect(broken.status).toBe(1);
      expect(broken.report.broken[0].errors.join(' ')).toMatch(/selector|containerPort/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(['development', 'production'])('Kubernetes overlay %s', (overlay) => {
  const manifests = render(overlay);
  const named = (kind: string, name: string) => manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
  const deployments = manifests.filter((manifest) => manifest.kind === 'Deployment');
  const serviceOf = (deployment: Manifest) => deployment.metadata.name.replace(/-service$/, '').toUpperCase();
  /** A secret by name; the development overlay's generated ones carry a content hash after it. */
  const secret = (name: string) => expect.stringMatching(new RegExp(`^${name}(-[a-z0-9]+)?$`));
  /** The database settings a container reads, by variable, with the secret each comes from. */
  const databaseSecrets = (container: { env?: { name: string; valueFrom?: any }[] }) =>
    Object.fromEntries(
      (container.env ?? [])
        .filter((variable) => variable.name.includes('DATABASE'))
        .map((variable) => [variable.name, variable.valueFrom?.secretKeyRef?.name]),
    );

  it('deploys every app with probes on its health endpoints, resource requests and a disruption budget', () => {
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual([...deployableApps].sort());
    for (const deployment of deployments) {
      const [container] = deployment.spec.template.spec.containers;
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) expect(container[probe].httpGet.path).toMatch(/health/);
      expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.resources.limits.memory).toBeDefined();
      expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
      expect(named('PodDisruptionBudget', deployment.metadata.name)?.spec.selector.matchLabels).toEqual(
        deployment.spec.selector.matchLabels,
      );
      expect(named('Service', deployment.metadata.name)).toBeDefined();
    }
  });

  it('migrates each service in an init step, signed in as its own role, and takes credentials from secrets, never from plain values', () => {
    for (const deployment of deployments.filter((candidate) => candidate.metadata.name.endsWith('-service'))) {
      const [migrate] = deployment.spec.template.spec.initContainers;
      expect(migrate.args).toEqual(['node', `apps/${deployment.metadata.name}/dist/main.js`, 'migrate']);
      for (const container of [migrate, deployment.spec.template.spec.containers[0]]) {
        expect(databaseSecrets(container)).toEqual({
          [`${serviceOf(deployment)}_DATABASE_URL`]: secret(`chaman-${deployment.metadata.name.replace(/-service$/, '')}-database`),
        });
      }
    }
    for (const deployment of deployments) {
      const env: { name: string; value?: string; valueFrom?: any }[] = deployment.spec.template.spec.containers[0].env;
      expect(env.find((variable) => variable.name === 'NATS_PASSWORD')?.valueFrom.secretKeyRef.name).toMatch(/^chaman-/);
      for (const variable of env.filter((candidate) => /URL$|PASSWORD|SECRET/.test(candidate.name) && candidate.name !== 'NATS_URL')) {
        expect(variable.valueFrom?.secretKeyRef?.name).toMatch(/^chaman-/);
      }
    }
  });

  it("bootstraps every service's role and database in a Job, the only object given the administrator's URL", () => {
    const [bootstrap] = named('Job', 'database-bootstrap')?.spec.template.spec.containers ?? [];
    expect(bootstrap.args).toEqual(['node', 'libs/platform/dist/database/database-bootstrap.cli.js']);
    const services = deployments.filter((deployment) => deployment.metadata.name.endsWith('-service'));
    expect(databaseSecrets(bootstrap)).toEqual({
      DATABASE_ADMIN_URL: secret('chaman-database-admin'),
      ...Object.fromEntries(
        services.map((deployment) => [
          `${serviceOf(deployment)}_DATABASE_URL`,
          secret(`chaman-${deployment.metadata.name.replace(/-service$/, '')}-database`),
        ]),
      ),
    });
    expect(JSON.stringify(deployments)).not.toContain('DATABASE_ADMIN_URL');
  });

  it('denies all traffic by default and lets only the gateway take HTTP', () => {
    const policies = manifests.filter((manifest) => manifest.kind === 'NetworkPolicy');
    const defaultDeny = policies.find((policy) => Object.keys(policy.spec.podSelector).length === 0);
    expect(defaultDeny?.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(defaultDeny?.spec.ingress).toBeUndefined();
    const open = policies.filter((policy) => policy.spec.ingress?.some((rule: { from?: unknown }) => !rule.from));
    expect(open.map((policy) => policy.spec.podSelector.matchLabels['app.kubernetes.io/name'])).toEqual(['gateway']);
  });

  it('gives the gateway its public URL, its replica count for the rate limits and the ingress as trusted proxy, and no dead setting', () => {
    const gateway = deployments.find((deployment) => deployment.metadata.name === 'gateway')!;
    const container = gateway.spec.template.spec.containers[0];
    const settings = manifests.find(
      (manifest) => manifest.kind === 'ConfigMap' && manifest.metadata.name.startsWith('chaman-gateway'),
    ) as Manifest & { data: Record<string, string> };
    expect(container.envFrom.map((source: { configMapRef: { name: string } }) => source.configMapRef.name)).toContain(
      settings.metadata.name,
    );
    const env = {
      ...settings.data,
      ...Object.fromEntries(container.env.map((variable: { name: string; value?: string }) => [variable.name, variable.value])),
    };
    expect(env.PUBLIC_URL).toMatch(/^https:\/\//);
    expect(env.GATEWAY_REPLICAS).toBe(String(gateway.spec.replicas));
    expect(env.TRUSTED_PROXIES).toBeTruthy();
    expect(env).not.toHaveProperty('SESSION_SECRET');
  });

  it('lets only NATS pods reach the NATS route port, and no Chaman pod dial it', () => {
    const policies = manifests.filter((manifest) => manifest.kind === 'NetworkPolicy');
    const natsPolicy = policies.find((policy) => policy.spec.podSelector.matchLabels?.['app.kubernetes.io/name'] === 'nats');
    const routeRules = (natsPolicy?.spec.ingress ?? []).filter((rule: { ports: { port: number }[] }) =>
      rule.ports.some((port) => port.port === 6222),
    );
    expect(routeRules).toEqual([
      { from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'nats' } } }], ports: [{ protocol: 'TCP', port: 6222 }] },
    ]);
    const chamanEgress = policies.filter((policy) => policy !== natsPolicy).flatMap((policy) => policy.spec.egress ?? []);
    expect(chamanEgress.flatMap((rule: { ports: { port: number }[] }) => rule.ports.map((port) => port.port))).not.toContain(6222);
  });

  it('lets each pod dial only named destinations: DNS, NATS, PostgreSQL, and the gateway its identity provider, the notification-service SMTP and public HTTPS', () => {
    type Rule = { to?: { ipBlock?: { cidr: string; except?: string[] }; podSelector?: any; namespaceSelector?: any }[]; ports: any[] };
    const policies = manifests.filter((manifest) => manifest.kind === 'NetworkPolicy');
    const egressOf = (app?: string) =>
      policies
        .filter((policy) => policy.spec.podSelector.matchLabels?.['app.kubernetes.io/name'] === app)
        .flatMap((policy) => policy.spec.egress ?? []) as Rule[];
    const everyRule = policies.flatMap((policy) => policy.spec.egress ?? []) as Rule[];
    expect(everyRule.filter((rule) => !rule.to?.length)).toEqual([]);
    const ports = (rule: Rule) => rule.ports.map((port: { port: number }) => port.port);
    const shared = egressOf(undefined);
    expect(shared.map((rule) => [rule.to![0].podSelector.matchLabels, ports(rule)])).toEqual([
      [{ 'k8s-app': 'kube-dns' }, [53, 53]],
      [{ 'app.kubernetes.io/name': 'nats' }, [4222]],
      [{ 'app.kubernetes.io/name': 'postgresql' }, [5432]],
    ]);
    expect(egressOf('gateway').map((rule) => [rule.to![0].ipBlock?.cidr, ports(rule)])).toEqual([[expect.stringMatching(/\/32$/), [443]]]);
    const notification = egressOf('notification-service');
    expect(notification.map((rule) => ports(rule))).toEqual([[25, 465, 587], [443]]);
    expect(notification[0].to![0].ipBlock?.cidr).toMatch(/\/32$/);
    // Webhooks may go anywhere public, never to private ranges, the node network or a cloud metadata service.
    const anywhere = everyRule.flatMap((rule) => rule.to ?? []).filter((peer) => peer.ipBlock?.cidr === '0.0.0.0/0');
    expect(anywhere).toHaveLength(1);
    expect(anywhere[0].ipBlock!.except).toEqual(
      expect.arrayContaining(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '127.0.0.0/8']),
    );
  });

  it(`dials NATS with TLS and hands every database process the CA${overlay === 'production' ? '' : ' (production only)'}`, () => {
    const settings = manifests.find((manifest) => manifest.kind === 'ConfigMap' && manifest.metadata.name.startsWith('chaman-settings')) as
      (Manifest & { data: Record<string, string> }) | undefined;
    if (overlay !== 'production') return expect(settings?.data.NATS_URL).toMatch(/^nats:/);
    expect(settings?.data).toMatchObject({ NATS_URL: expect.stringMatching(/^tls:\/\//), NATS_TLS_CA_FILE: '/etc/chaman/tls/ca.crt' });
    for (const workload of manifests.filter((manifest) => manifest.kind === 'Deployment' || manifest.kind === 'Job')) {
      const { volumes, containers, initContainers = [] } = workload.spec.template.spec;
      expect(volumes).toContainEqual(
        expect.objectContaining({ name: 'tls-ca', secret: expect.objectContaining({ secretName: 'chaman-tls-ca' }) }),
      );
      for (const container of [...containers, ...initContainers])
        expect([workload.metadata.name, container.volumeMounts]).toEqual([
          workload.metadata.name,
          [{ name: 'tls-ca', mountPath: '/etc/chaman/tls', readOnly: true }],
        ]);
    }
    const operations = readFileSync(path.join(root, 'docs/operations.md'), 'utf8');
    const databaseUrls = [...operations.matchAll(/postgres:\/\/[^\s"`]+/g)].map((match) => match[0]);
    expect(databaseUrls.length).toBeGreaterThan(0);
    for (const url of databaseUrls) expect(url).toMatch(/sslmode=verify-full&sslrootcert=\/etc\/chaman\/tls\/ca\.crt/);
  });

  it('provides every secret the Deployments read (generated in development, created out of band in production)', () => {
    const referenced = new Set(
      [...deployments, ...manifests.filter((manifest) => manifest.kind === 'Job')].flatMap((deployment) =>
        [...deployment.spec.template.spec.containers, ...(deployment.spec.template.spec.initContainers ?? [])].flatMap((container) =>
          (container.env ?? []).flatMap((variable: { valueFrom?: any }) =>
            variable.valueFrom?.secretKeyRef ? [variable.valueFrom.secretKeyRef.name] : [],
          ),
        ),
      ),
    );
    const generated = manifests.filter((manifest) => manifest.kind === 'Secret').map((secret) => secret.metadata.name);
    if (overlay === 'development') for (const name of referenced) expect(generated).toContain(name);
    else expect(generated).toEqual([]);
  });
});

describe('operations (deploy/k8s/operations, in the production overlay)', () => {
  const manifests = render('production');
  const ofKind = (kind: string) => manifests.filter((manifest) => manifest.kind === kind);
  const sources = ['apps', 'libs'].flatMap((top) =>
    readdirSync(path.join(root, top), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\/src\/.*(?<!\.spec)\.ts$/.test(file) && !file.includes('node_modules'))
      .map((file) => readFileSync(path.join(root, top, file), 'utf8')),
  );
  const defined = new Set(sources.flatMap((text) => [...text.matchAll(/name: '(chaman_[a-z_]+)'/g)].map((match) => match[1])));
  const rules = ofKind('PrometheusRule').flatMap((rule) => rule.spec.groups.flatMap((group: { rules: any[] }) => group.rules));
  const dashboard = JSON.parse(readFileSync(path.join(root, 'deploy/k8s/operations/dashboards/chaman.json'), 'utf8'));
  const queries: string[] = [
    ...rules.map((rule) => rule.expr),
    ...dashboard.panels.flatMap((panel: { targets: { expr: string }[] }) => panel.targets.map((target) => target.expr)),
  ];
  const operations = readFileSync(path.join(root, 'docs/operations.md'), 'utf8');

  it('scrapes, alerts, charts and autoscales every deployed app', () => {
    expect(ofKind('ServiceMonitor')).toHaveLength(2);
    expect(
      ofKind('HorizontalPodAutoscaler')
        .map((hpa) => hpa.spec.scaleTargetRef.name)
        .sort(),
    ).toEqual([...deployableApps].sort());
    expect(rules.length).toBeGreaterThan(5);
    expect(dashboard.panels.length).toBeGreaterThan(5);
  });

  it('reads only metrics the code defines', () => {
    const read = new Set(
      queries.flatMap((query) => [...query.matchAll(/\b(chaman_[a-z_]+?)(_bucket|_count|_sum)?\b/g)].map((match) => match[1])),
    );
    expect([...read].filter((metric) => !defined.has(metric))).toEqual([]);
  });

  it('gives every alert a runbook in docs/operations.md', () => {
    for (const rule of rules) {
      expect(rule.annotations.runbook_url).toBe(`docs/operations.md#${rule.alert.toLowerCase()}`);
      expect(operations).toContain(`#### ${rule.alert}\n`);
    }
  });
});
