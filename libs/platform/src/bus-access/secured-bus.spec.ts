import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distributeSecuredBus, writeSecuredBus } from './secured-bus';

describe('distributing a secured bus, one volume per container', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'chaman-bus-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("puts each client's credentials alone in its own folder (0400), and the configuration alone in NATS's", () => {
    const bus = writeSecuredBus({
      dir: join(dir, 'private'),
      servers: ['nats://nats:4222'],
      host: '0.0.0.0',
      port: 4222,
      storeDir: '/data',
      subjectPrefix: 'chaman',
    });
    for (const folder of ['config', 'clients/gateway', 'clients/access']) mkdirSync(join(dir, folder), { recursive: true });
    distributeSecuredBus([bus], { configDir: join(dir, 'config'), clientsDir: join(dir, 'clients') });
    expect(readdirSync(join(dir, 'config'))).toEqual(['nats.conf']);
    expect(readFileSync(join(dir, 'config', 'nats.conf'), 'utf8')).not.toMatch(/nkeySeed|SU[A-Z0-9]{50,}/);
    for (const client of ['gateway', 'access'] as const) {
      expect(readdirSync(join(dir, 'clients', client))).toEqual([`${client}.json`]);
      expect(statSync(join(dir, 'clients', client, `${client}.json`)).mode & 0o777).toBe(0o400);
      expect(JSON.parse(readFileSync(join(dir, 'clients', client, `${client}.json`), 'utf8'))).toEqual(bus.credentials[client]);
    }
  }, 30_000);
});
