// Renders each Kustomize overlay under deploy/k8s/overlays (or the folder given as argument) with kubectl's built-in Kustomize and validates every
// object against the Kubernetes OpenAPI schemas offline (kubernetes-models, and the Prometheus operator's CRDs). Prints one JSON report:
// {"<overlay>": [{"apiVersion", "kind", "name", "namespace", "errors": [...]}]}, and exits 1 on any error.
// `npm run deploy:check` runs it; tools/deploy/kubernetes-manifests.spec.ts reads its report.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const overlaysDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../../deploy/k8s/overlays'));

/** Kustomize folds long base64 values over lines; the API server's decoder skips the line breaks, so do we. */
function asSentToTheApiServer(manifest) {
  if (manifest.kind !== 'Secret' || !manifest.data) return manifest;
  return {
    ...manifest,
    data: Object.fromEntries(Object.entries(manifest.data).map(([key, value]) => [key, String(value).replace(/\s+/g, '')])),
  };
}

async function validate(rendered) {
  const manifest = asSentToTheApiServer(rendered);
  const { apiVersion, kind, metadata } = manifest;
  const entry = { apiVersion, kind, name: metadata?.name, namespace: metadata?.namespace, errors: [] };
  // kubernetes-models lays its modules out by API version: `kubernetes-models/apps/v1` exports `Deployment`; the
  // Prometheus operator's resources (ServiceMonitor, PrometheusRule) come from its own package, laid out the same way.
  const models = await import(`kubernetes-models/${apiVersion}`)
    .catch(() => import(`@kubernetes-models/prometheus-operator/${apiVersion}`))
    .catch(() => ({}));
  const Model = models[kind];
  if (!Model) entry.errors.push(`no schema for ${apiVersion} ${kind}`);
  else {
    try {
      new Model(manifest).validate();
    } catch (error) {
      entry.errors.push(String(error.message ?? error));
    }
  }
  return entry;
}

const report = {};
for (const overlay of readdirSync(overlaysDir)) {
  const rendered = execFileSync('kubectl', ['kustomize', path.join(overlaysDir, overlay)], { encoding: 'utf8' });
  report[overlay] = await Promise.all(parseAllDocuments(rendered).map((document) => validate(document.toJS())));
}
console.log(JSON.stringify(report));
process.exitCode = Object.values(report)
  .flat()
  .some((entry) => entry.errors.length > 0)
  ? 1
  : 0;
