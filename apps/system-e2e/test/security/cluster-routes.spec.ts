import { prefixedSubject, GetEnterprise } from '@chaman/contracts';
import { natsAuthOptions, queueGroupOf } from '@chaman/platform';
import { connect, type NatsConnection, type Subscription } from 'nats';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, NatsServerProcess, pollUntil } from '../../src/processes';
import { OwnedChild } from '../../src/processes/owned-child';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A cluster made by the project's bus tool (`writeSecuredCluster`, as `secure-bus.cli` and the compose cluster do):
 * a nats-server that reaches a node's route port without the cluster's route credentials is refused as a route,
 * so none of the bus's traffic reaches it and nothing it publishes reaches a client. A node with the credentials
 * (the cluster's own second node) routes as before.
 */
describe('secured cluster: routes need the cluster credentials', () => {
  const prefix = `t${randomBytes(4).toString('hex')}`;
  const subject = prefixedSubject(prefix, GetEnterprise.subject);
  const figures = { busMessages: 0, reachedRogue: 0, roguePublished: 0, reachedClients: 0 };
  const rogue = new OwnedChild(200);
  const rogueDir = mkdtempSync(join(tmpdir(), 'chaman-rogue-'));
  const open: NatsConnection[] = [];
  let nodes: NatsServerProcess[];
  let roguePort: number;

  beforeAll(async () => {
    nodes = await NatsServerProcess.startCluster(prefix, 2);
    const first = JSON.parse(readFileSync(nodes[0].bus.configFile, 'utf8')) as { cluster: { name: string; listen: string } };
    const routePort = Number(first.cluster.listen.split(':').pop());
    roguePort = await freePort();
    // An ordinary nats-server that knows the cluster's name and its route port, but not its route credentials.
    const config = {
      host: '127.0.0.1',
      port: roguePort,
      cluster: { name: first.cluster.name, listen: `127.0.0.1:${await freePort()}`, routes: [`nats-route://127.0.0.1:${routePort}`] },
    };
    writeFileSync(join(rogueDir, 'rogue.conf'), JSON.stringify(config));
    rogue.spawn(process.env.NATS_SERVER_BIN ?? 'nats-server', ['-c', join(rogueDir, 'rogue.conf')]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(open.map((connection) => connection.close().catch(() => undefined)));
    await rogue.stop('SIGKILL');
    await Promise.all((nodes ?? []).map((node) => node.dispose()));
    rmSync(rogueDir, { recursive: true, force: true });
    console.log(
      `[security] cluster-routes: bus-messages=${figures.busMessages} reached-rogue=${figures.reachedRogue} rogue-published=${figures.roguePublished} reached-clients=${figures.reachedClients}`,
    );
  });

  const collect = (subscription: Subscription, into: string[]) =>
    void (async () => {
      for await (const message of subscription) into.push(decoder.decode(message.data));
    })();

  it('refuses the rogue route: the bus does not reach it and it reaches no client', async () => {
    const access = await nodes[0].connectAs('access');
    const gateway = await connect({ servers: nodes[1].ownUrl, reconnect: false, ...natsAuthOptions(nodes[1].credentials('gateway')) });
    open.push(access, gateway);
    const answered: string[] = [];
    const subscription = access.subscribe(subject, { queue: queueGroupOf('access') });
    void (async () => {
      for await (const message of subscription) {
        answered.push(decoder.decode(message.data));
        message.respond(encoder.encode('ok'));
      }
    })();
    await access.flush();

    // The rogue server is up and has dialled the route port (it logs each route connection it opens).
    const stranger = await pollUntil(() => connect({ servers: `nats://127.0.0.1:${roguePort}`, reconnect: false, timeout: 2_000 }), {
      what: 'the rogue nats-server',
      timeoutMs: 30_000,
      abortIf: () => (rogue.running ? undefined : `rogue nats-server exited: ${rogue.recentOutput}`),
    });
    open.push(stranger);
    const overheard: string[] = [];
    collect(stranger.subscribe('>'), overheard);
    await stranger.flush();
    await pollUntil(() => /route/i.test(rogue.recentOutput), { what: 'the rogue server dialling the route port', timeoutMs: 30_000 });

    // The legitimate node routes: a request from a client on node 2 is answered by the service on node 1.
    for (let round = 0; round < 5; round += 1) {
      const reply = await pollUntil(() => gateway.request(subject, encoder.encode(`bus-${round}`), { timeout: 2_000 }), {
        what: 'a request across the legitimate route',
        timeoutMs: 30_000,
      });
      expect(decoder.decode(reply.data)).toBe('ok');
      figures.busMessages += 1;
    }

    // The rogue server publishes the same request subject (a forged command) and everything it can think of.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      stranger.publish(subject, encoder.encode(`rogue-${attempt}`));
      stranger.publish(`${prefix}.events.delegation.forged`, encoder.encode(`rogue-event-${attempt}`));
      figures.roguePublished += 2;
    }
    await stranger.flush();
    // A last legitimate round trip after the rogue's messages: had they been routed, they would have arrived first.
    await gateway.request(subject, encoder.encode('bus-last'), { timeout: 5_000 });
    figures.busMessages += 1;

    figures.reachedRogue = overheard.filter((text) => text.startsWith('bus-')).length;
    figures.reachedClients = answered.filter((text) => text.startsWith('rogue-')).length;
    expect(answered.filter((text) => text.startsWith('bus-'))).toHaveLength(6);
    expect(overheard.filter((text) => text.startsWith('bus-'))).toEqual([]);
    expect(answered.filter((text) => text.startsWith('rogue-'))).toEqual([]);
    expect(rogue.recentOutput).toMatch(/authorization|authentication/i);
  }, 120_000);
});
