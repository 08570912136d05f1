import { DEFAULT_TOKEN_AUDIENCES, DEMO_CONSULT_SCOPE, Quality } from '@chaman/contracts';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { type RunningSystem, startSystem } from '../../src';
import { expectStatus } from '../delegation/delegation-fixtures';
import { registerEnterprise } from '../sender/sender-fixtures';
import { restAccount } from './token-fixtures';

const SCRIPT = resolve(__dirname, '../../../../examples/curl-token/get-token.sh');

/** The README's path: a certificate made with openssl, an assertion signed with openssl, the token asked with curl. */
describe('getting a token with curl and openssl only (README walk-through, examples/curl-token)', () => {
  let system: RunningSystem;
  let folder: string;

  beforeAll(async () => {
    system = await startSystem({ services: ['access', 'sender', 'token'] });
    folder = mkdtempSync(join(tmpdir(), 'chaman-curl-token-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await system?.stop();
  });

  it('gets a token the JWKS verifies', async () => {
    const company = await registerEnterprise(system, 7301, [Quality.CPAS]);
    const account = await restAccount(system, company, Quality.CPAS, 'ACCEPTANCE', ['dmfa', DEMO_CONSULT_SCOPE]);
    const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '365',
        '-subj',
        '/CN=cpas-liege.example',
        '-addext',
        'basicConstraints=critical,CA:FALSE',
      ],
      { stdio: 'ignore' },
    );
    const registered = await system.api.as(
      company.chief,
      'POST',
      `/api/v1/enterprises/${company.cbe}/rest-accounts/${account.id}/certificates`,
      {
        body: { name: 'openssl', pem: readFileSync(cert, 'utf8') },
      },
    );
    expectStatus(registered, 201);
    const env = {
      ...process.env,
      ISSUER: system.api.baseUrl,
      CLIENT_ID: account.clientId,
      KEY: key,
      CERT: cert,
      SCOPE: DEMO_CONSULT_SCOPE,
    };
    // The gateway runs in this process: the script runs asynchronously, or it would wait on a blocked event loop.
    // The projection follows the registration event: the same short wait a person would not notice.
    const answer = await tokenOnceProjectedBy(async () =>
      JSON.parse((await promisify(execFile)('sh', [SCRIPT], { env, encoding: 'utf8', timeout: 10_000 })).stdout),
    );
    expect(answer).toMatchObject({ token_type: 'Bearer', scope: DEMO_CONSULT_SCOPE });
    const { payload } = await jwtVerify(answer.access_token!, createRemoteJWKSet(new URL(`${system.api.baseUrl}/oauth/jwks`)), {
      audience: DEFAULT_TOKEN_AUDIENCES.ACCEPTANCE,
    });
    expect(payload).toMatchObject({ sub: account.clientId, enterprise_number: company.cbe });
  });
});

async function tokenOnceProjectedBy(ask: () => Promise<{ access_token?: string; token_type?: string; scope?: string }>) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const answer = await ask();
    if (answer.access_token || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
