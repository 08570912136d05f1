import {
  DelegationEvents,
  GetEnterprise,
  prefixedStreamName,
  prefixedSubject,
  RegisterEnterprise,
  SERVICE_NAMES,
  Streams,
} from '@chaman/contracts';
import { natsCredentialsFromEnv } from '../bus/nats-credentials';
import { BUS_CLIENTS, BUS_ROLES, PARKED_STREAM_OWNER, SERVICE_DURABLES } from './bus-clients';
import { busPermissions } from './bus-permissions';
import { contractMessages, ownerOf, queueGroupOf } from './contract-messages';

const P = 'chaman';

describe('bus permissions derived from the contracts', () => {
  it('gives every contract message exactly one answering service, in its queue group', () => {
    for (const message of contractMessages()) {
      const subject = prefixedSubject(P, message.subject);
      const answering = SERVICE_NAMES.filter((service) =>
        busPermissions(service, P).subscribe.allow.includes(`${subject} ${queueGroupOf(service)}`),
      );
      expect(answering).toEqual([ownerOf(message)]);
    }
  });

  it('lets the gateway send every message and subscribe to its own inbox only', () => {
    const gateway = busPermissions('gateway', P);
    expect(gateway.publish.allow).toEqual(expect.arrayContaining(contractMessages().map((message) => prefixedSubject(P, message.subject))));
    expect(gateway.subscribe.allow).toEqual(['_INBOX_gateway.>']);
    expect(gateway.allowResponses).toBe(false);
  });

  it('lets only the owning service publish its events', () => {
    for (const client of BUS_CLIENTS) {
      const publishes = busPermissions(client, P).publish.allow;
      for (const service of SERVICE_NAMES) {
        expect(publishes.includes(prefixedSubject(P, Streams[service].subjects))).toBe(client === service);
      }
      expect(publishes).not.toContain(prefixedSubject(P, DelegationEvents.accepted.subject));
    }
  });

  it('lets a service send only the requests its description lists', () => {
    expect(busPermissions('delegation', P).publish.allow).toContain(prefixedSubject(P, GetEnterprise.subject));
    expect(busPermissions('delegation', P).publish.allow).not.toContain(prefixedSubject(P, RegisterEnterprise.subject));
    expect(BUS_ROLES.downstream.requests).toEqual([]);
  });

  it("lets a service that also reads a stream without a durable keep its own durable there, and no other's", () => {
    const { publish } = busPermissions('delegation', P);
    const create = (durable: string) => `$JS.API.CONSUMER.CREATE.${prefixedStreamName(P, Streams.sender.name)}.${durable}.>`;
    expect(publish.allow).toContain(create(SERVICE_DURABLES.delegationClosures.durable));
    expect(publish.deny ?? []).not.toContain(create(SERVICE_DURABLES.delegationClosures.durable));
    expect(publish.deny).toContain(create(SERVICE_DURABLES.notificationSenders.durable));
  });

  it('lets only the owner create or update a stream, and only the parked stream owner update the shared parked stream', () => {
    const admin = (action: string, stream: { name: string }) => `$JS.API.STREAM.${action}.${prefixedStreamName(P, stream.name)}`;
    for (const client of BUS_CLIENTS) {
      const { allow } = busPermissions(client, P).publish;
      for (const service of SERVICE_NAMES) {
        expect([client, service, allow.includes(admin('CREATE', Streams[service]))]).toEqual([client, service, client === service]);
        expect(allow.includes(admin('UPDATE', Streams[service]))).toBe(client === service);
      }
      expect([client, allow.includes(admin('UPDATE', Streams.parked))]).toEqual([client, client === PARKED_STREAM_OWNER]);
      expect(allow.includes(admin('CREATE', Streams.parked))).toBe((SERVICE_NAMES as readonly string[]).includes(client));
    }
  });

  it('never allows a full wildcard or the shared inbox', () => {
    for (const client of BUS_CLIENTS) {
      const { publish, subscribe } = busPermissions(client, P);
      for (const subject of [...publish.allow, ...subscribe.allow]) expect(subject).not.toMatch(/^(>|\*|_INBOX\.)/);
    }
  });
});

describe('bus credentials from the environment', () => {
  it('refuses to start in production without credentials, and accepts an NKEY seed or a user and password', () => {
    expect(() => natsCredentialsFromEnv({}, true)).toThrow(/NATS credentials are required/);
    expect(natsCredentialsFromEnv({}, false)).toBeUndefined();
    expect(natsCredentialsFromEnv({ NATS_NKEY_SEED: 'SUA', NATS_INBOX_PREFIX: '_INBOX_gateway' }, true)).toMatchObject({
      nkeySeed: 'SUA',
      inboxPrefix: '_INBOX_gateway',
    });
    expect(natsCredentialsFromEnv({ NATS_USER: 'gateway', NATS_PASSWORD: 'secret' }, true)).toMatchObject({
      user: 'gateway',
      pass: 'secret',
    });
  });
});
