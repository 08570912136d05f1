import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../../../examples/rest-client/src/main.ts');

export interface RestClientSettings {
  issuer: string;
  clientId: string;
  privateKeyPem: string;
  certificatePem: string;
  apiUrl: string;
  scope?: string;
}

/** What one run of the example printed: its JSON lines, its refusal on stderr, its exit code. */
export interface RestClientRun {
  code: number;
  lines: Array<Record<string, any>>;
  error?: Record<string, any>;
}

/** `examples/rest-client` run as an integrator runs it: its own process, configured by environment and key files. */
export function runRestClient(settings: RestClientSettings): Promise<RestClientRun> {
  const folder = mkdtempSync(join(tmpdir(), 'rest-client-'));
  writeFileSync(join(folder, 'key.pem'), settings.privateKeyPem, { mode: 0o600 });
  writeFileSync(join(folder, 'cert.pem'), settings.certificatePem);
  const env = {
    ...process.env,
    CHAMAN_ISSUER: settings.issuer,
    CLIENT_ID: settings.clientId,
    PRIVATE_KEY_FILE: join(folder, 'key.pem'),
    CERTIFICATE_FILE: join(folder, 'cert.pem'),
    API_URL: settings.apiUrl,
    ...(settings.scope !== undefined ? { SCOPE: settings.scope } : {}),
  };
  return new Promise((resolve) => {
    execFile(process.execPath, ['--disable-warning=ExperimentalWarning', MAIN], { env, timeout: 30_000 }, (error, stdout, stderr) => {
      const lines = stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      const last = stderr.trim().split('\n').pop();
      let refusal: Record<string, any> | undefined;
      try {
        refusal = last ? JSON.parse(last) : undefined;
      } catch {
        refusal = { error: stderr };
      }
      resolve({ code: error ? Number(error.code ?? 1) : 0, lines, error: refusal });
    });
  });
}

/** Runs the example until `done` holds: the token-service learns of certificates and delegations through events. */
export async function runRestClientUntil(
  settings: RestClientSettings,
  done: (run: RestClientRun) => boolean,
  timeoutMs = 20_000,
): Promise<RestClientRun> {
  const deadline = Date.now() + timeoutMs;
  let result = await runRestClient(settings);
  while (!done(result) && Date.now() < deadline) result = await runRestClient(settings);
  return result;
}
