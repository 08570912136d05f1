import { BUS_CLIENTS } from './bus-clients';
import { natsServerConfig, type NatsServerSettings } from './nats-server-config';

const identities = Object.fromEntries(
  BUS_CLIENTS.map((client) => [client, { user: client, password: 'p' }]),
) as NatsServerSettings['identities'];
const node = (tls?: NatsServerSettings['tls']) =>
  JSON.parse(
    natsServerConfig({
      host: '0.0.0.0',
      port: 4222,
      storeDir: '/data',
      subjectPrefix: 'chaman',
      identities,
      tls,
      cluster: {
        serverName: 'nats-1',
        name: 'chaman',
        port: 6222,
        routes: ['nats-route://nats-2:6222'],
        routeCredentials: { user: 'route', password: 's3cret-_x' },
      },
    }),
  );

describe('nats-server configuration of a cluster node', () => {
  it('accepts routes only with the cluster credentials, and dials the others with them', () => {
    const { cluster } = node();
    expect(cluster.authorization).toMatchObject({ user: 'route', password: 's3cret-_x' });
    expect(cluster.routes).toEqual(['nats-route://route:s3cret-_x@nats-2:6222']);
    expect(cluster.tls).toBeUndefined();
  });

  it('puts routes on TLS where the server has TLS, verifying peers against the CA', () => {
    const { cluster } = node({ certFile: '/tls/server.pem', keyFile: '/tls/server.key', caFile: '/tls/ca.pem', verify: true });
    expect(cluster.tls).toMatchObject({ cert_file: '/tls/server.pem', key_file: '/tls/server.key', ca_file: '/tls/ca.pem', verify: true });
  });
});
